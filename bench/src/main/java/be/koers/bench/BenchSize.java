package be.koers.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * How much the benchmark loads and how long it measures.
 *
 * @param tenants            administrations, each with one plan
 * @param largestElements    elements of the largest plan, the Ghent-scale one on which history and reads are measured
 * @param minElements        fewest elements of the other plans
 * @param maxElements        most elements of the other plans
 * @param indicators         indicators over all tenants, shared in proportion to plan size
 * @param loadedMonths       months of scores loaded before measuring (of the six years' 72); the measurements record the next ones
 * @param revisions          revisions adopted on the largest plan, each revising a tenth of its items: its history
 * @param clients            concurrent clients of the throughput phase
 * @param measure            length of each throughput and latency phase
 * @param readRepeats        requests per read endpoint
 */
public record BenchSize(String name, int tenants, int largestElements, int minElements, int maxElements, int indicators, int loadedMonths,
                        int revisions, int clients, Duration measure, int readRepeats) {

    /** The six years of a legislature, in months of scores. */
    public static final int MONTHS = 72;
    /** Scores the measurements may record at most, one per (indicator, month) not loaded. */
    private static final int SCORES_TO_MEASURE = 40_000;

    public static final BenchSize SMALL = new BenchSize("small", 3, 2000, 300, 500, 150, 12, 2, 16, Duration.ofSeconds(6), 30);
    public static final BenchSize FLANDERS = new BenchSize("flanders", 300, 2000, 300, 2000, 20_000, 66, 10, 32, Duration.ofSeconds(60), 300);

    /**
     * The same size for fewer (or more) administrations, with indicators in proportion: a slice of Flanders that fits
     * in less time, such as {@code flanders --tenants=30}.
     */
    public BenchSize withTenants(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--tenants must be at least 1");
        }
        int fewerIndicators = Math.max(count, (int) ((long) indicators * count / tenants));
        // fewer indicators have fewer scores left to record in the measured months: leave more months unloaded
        int monthsToMeasure = (int) Math.ceil((double) SCORES_TO_MEASURE / fewerIndicators);
        return new BenchSize(name + "-" + count + "-tenants", count, largestElements, minElements, maxElements, fewerIndicators,
                Math.max(1, Math.min(loadedMonths, MONTHS - monthsToMeasure)), revisions, clients, measure, readRepeats);
    }

    public static BenchSize named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "flanders" -> FLANDERS;
            default -> throw new IllegalArgumentException("Unknown size '" + name + "': small or flanders");
        };
    }
}
