package be.koers.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Logs a long step's count, rate and share done every few seconds, so a user of the flanders size sees it move. */
public final class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final String step;
    private final String unit;
    private final long expected;
    private final AtomicLong done;
    private final long startedNanos = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-progress");
        thread.setDaemon(true);
        return thread;
    });

    public Progress(String step, String unit, long expected, AtomicLong done) {
        this.step = step;
        this.unit = unit;
        this.expected = expected;
        this.done = done;
        log.info("{}: starting ({} {} expected)", step, expected, unit);
        timer.scheduleAtFixedRate(() -> report("at"), EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    public double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void report(String when) {
        long count = done.get();
        double seconds = seconds();
        log.info("{}: {} {} {} of {} ({}%) in {} s, {} {}/s", step, when, count, unit, expected,
                expected == 0 ? 100 : count * 100 / expected, Math.round(seconds), Math.round(count / Math.max(seconds, 1e-3)), unit);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        report("done:");
    }
}
