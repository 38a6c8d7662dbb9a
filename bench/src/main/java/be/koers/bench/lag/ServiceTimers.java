package be.koers.bench.lag;

import be.koers.bench.report.Format;
import be.koers.testing.ApiClient;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's own timer as Prometheus scrapes it from {@code /actuator/prometheus}: the p50 and p99 it
 * publishes (the {@code quantile} series of a summary, the highest over its tags, covering the last minutes), or,
 * for a timer published as a histogram, the bucket each percentile falls in (since the service started), as
 * Prometheus' {@code histogram_quantile} would read it.
 */
public final class ServiceTimers {

    private ServiceTimers() {
    }

    /** "p50 12 ms · p99 80 ms", or empty when the service does not publish the timer. */
    public static Optional<String> percentiles(String serviceUrl, String timer) {
        ApiClient.Download scrape = ApiClient.anonymous(serviceUrl).download("/actuator/prometheus");
        if (scrape.status() != 200) {
            return Optional.empty();
        }
        String series = timer.replace('.', '_') + "_seconds";
        OptionalDouble p50 = quantile(scrape.text(), series, "0.5");
        OptionalDouble p99 = quantile(scrape.text(), series, "0.99");
        if (p50.isPresent() && p99.isPresent()) {
            return Optional.of("p50 " + Format.millis(p50.getAsDouble() * 1000) + " · p99 " + Format.millis(p99.getAsDouble() * 1000));
        }
        Map<Double, Double> buckets = buckets(scrape.text(), series);
        if (buckets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("p50 ≤ " + Format.millis(bucketOf(buckets, 0.5) * 1000) + " · p99 ≤ " + Format.millis(bucketOf(buckets, 0.99) * 1000)
                + " since start");
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

    /** Cumulative counts per upper bound, summed over the timer's tags. */
    private static Map<Double, Double> buckets(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        Map<Double, Double> counts = new TreeMap<>();
        while (line.find()) {
            double bound = line.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(line.group(1));
            counts.merge(bound, Double.parseDouble(line.group(2)), Double::sum);
        }
        return counts;
    }

    private static double bucketOf(Map<Double, Double> buckets, double percentile) {
        double total = buckets.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        return buckets.entrySet().stream().filter(bucket -> bucket.getValue() >= percentile * total)
                .mapToDouble(Map.Entry::getKey).findFirst().orElse(Double.POSITIVE_INFINITY);
    }
}
