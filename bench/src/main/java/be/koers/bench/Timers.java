package be.koers.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's latencies are Micrometer timers, named like the services' own, so a figure here and a dashboard in
 * production read the same way. Their percentiles cover the whole phase: the usual rolling window is widened.
 */
public final class Timers {

    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private Timers() {
    }

    public static Timer timer(MeterRegistry registry, String name, String... tags) {
        return Timer.builder(name)
                .tags(tags)
                .publishPercentiles(PERCENTILES)
                .percentilePrecision(2)
                .distributionStatisticExpiry(Duration.ofHours(12))
                .distributionStatisticBufferLength(1)
                .register(registry);
    }

    /** Milliseconds at the percentile (0.5, 0.95 or 0.99). */
    public static double millisAt(Timer timer, double percentile) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            if (value.percentile() == percentile) {
                return value.value(TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalArgumentException("Timer " + timer.getId().getName() + " does not publish percentile " + percentile);
    }
}
