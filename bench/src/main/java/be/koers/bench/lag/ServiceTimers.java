package be.koers.bench.lag;

import be.koers.bench.report.Format;
import be.koers.testing.ApiClient;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's own timer as Prometheus scrapes it from {@code /actuator/prometheus}: the p50 and p99 the timer
 * publishes (the {@code quantile} series of its summary; the highest over its tags). They cover the service's recent
 * minutes, so read them right after the phase they describe.
 */
public final class ServiceTimers {

    private ServiceTimers() {
    }

    /** "p50 12 ms · p99 80 ms", or empty when the service does not publish the timer's percentiles. */
    public static Optional<String> percentiles(String serviceUrl, String timer) {
        ApiClient.Download scrape = ApiClient.anonymous(serviceUrl).download("/actuator/prometheus");
        if (scrape.status() != 200) {
            return Optional.empty();
        }
        String series = timer.replace('.', '_') + "_seconds";
        OptionalDouble p50 = quantile(scrape.text(), series, "0.5");
        OptionalDouble p99 = quantile(scrape.text(), series, "0.99");
        if (p50.isEmpty() || p99.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("p50 " + Format.millis(p50.getAsDouble() * 1000) + " · p99 " + Format.millis(p99.getAsDouble() * 1000));
    }

    private static OptionalDouble quantile(String scrape, String series, String quantile) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + "\\{[^}]*quantile=\"" + Pattern.quote(quantile) + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(scrape);
        double highest = Double.NaN;
        while (line.find()) {
            double value = Double.parseDouble(line.group(1));
            highest = Double.isNaN(highest) ? value : Math.max(highest, value);
        }
        return Double.isNaN(highest) ? OptionalDouble.empty() : OptionalDouble.of(highest);
    }
}
