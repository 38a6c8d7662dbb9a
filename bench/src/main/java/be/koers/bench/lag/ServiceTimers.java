package be.koers.bench.lag;

import be.koers.bench.report.Format;
import be.koers.testing.ApiClient;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's own timer as Prometheus scrapes it from {@code /actuator/prometheus} on its management port, over
 * a window of the benchmark: opened with {@link #open}, read with {@link #percentiles()}. A timer published as a
 * histogram counts since the service started (at full size that includes hours of loading), so the window takes the
 * difference of its buckets between the two scrapes and names the bucket each percentile falls in, as Prometheus'
 * {@code histogram_quantile(rate(…))} would. A timer published as a summary gives its own p50 and p99, which cover
 * its last minutes.
 */
public final class ServiceTimers {

    private final String managementUrl;
    private final String series;
    private final Map<Double, Double> bucketsAtOpening;

    private ServiceTimers(String managementUrl, String timer) {
        this.managementUrl = managementUrl;
        this.series = timer.replace('.', '_') + "_seconds";
        this.bucketsAtOpening = scrape().map(this::buckets).orElse(Map.of());
    }

    /** The timer of the service whose management port (where Prometheus scrapes) is at this URL. */
    public static ServiceTimers open(String managementUrl, String timer) {
        return new ServiceTimers(managementUrl, timer);
    }

    /** "p50 12 ms · p99 80 ms over its last minutes" or "p50 ≤ 25 ms · p99 ≤ 100 ms, n=3,120"; empty when the service does not publish the timer. */
    public Optional<String> percentiles() {
        Optional<String> scrape = scrape();
        if (scrape.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble p50 = quantile(scrape.get(), "0.5");
        OptionalDouble p99 = quantile(scrape.get(), "0.99");
        if (p50.isPresent() && p99.isPresent()) {
            return Optional.of("p50 " + Format.millis(p50.getAsDouble() * 1000) + " · p99 " + Format.millis(p99.getAsDouble() * 1000)
                    + " over its last minutes");
        }
        Map<Double, Double> buckets = buckets(scrape.get());
        if (buckets.isEmpty()) {
            return Optional.empty();
        }
        buckets.replaceAll((bound, count) -> count - bucketsAtOpening.getOrDefault(bound, 0.0));
        double count = buckets.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (count == 0) {
            return Optional.of("none timed");
        }
        return Optional.of("p50 " + bucketOf(buckets, 0.5) + " · p99 " + bucketOf(buckets, 0.99) + String.format(Locale.ROOT, ", n=%,.0f", count));
    }

    private Optional<String> scrape() {
        ApiClient.Download scrape = ApiClient.anonymous(managementUrl).download("/actuator/prometheus");
        return scrape.status() == 200 ? Optional.of(scrape.text()) : Optional.empty();
    }

    private OptionalDouble quantile(String scrape, String quantile) {
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
    private Map<Double, Double> buckets(String scrape) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        Map<Double, Double> counts = new TreeMap<>();
        while (line.find()) {
            double bound = line.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(line.group(1));
            counts.merge(bound, Double.parseDouble(line.group(2)), Double::sum);
        }
        return counts;
    }

    /** "≤ 25 ms", or "> 30,000 ms" when the percentile lies beyond the histogram's last finite bucket. */
    private static String bucketOf(Map<Double, Double> buckets, double percentile) {
        double total = buckets.get(Double.POSITIVE_INFINITY);
        double lastFinite = 0;
        for (var bucket : buckets.entrySet()) {
            if (bucket.getValue() >= percentile * total) {
                return Double.isInfinite(bucket.getKey()) ? "> " + Format.millis(lastFinite * 1000) : "≤ " + Format.millis(bucket.getKey() * 1000);
            }
            lastFinite = bucket.getKey();
        }
        return "> " + Format.millis(lastFinite * 1000);
    }
}
