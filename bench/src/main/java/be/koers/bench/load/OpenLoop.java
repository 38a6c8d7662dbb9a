package be.koers.bench.load;

import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed offered load: requests start on a schedule, whether or not earlier ones were answered, as users who do not
 * wait for each other. Latency counts from the moment a request was due, so a stalled service shows in it rather
 * than slowing the load down (no coordinated omission).
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    public static LoadResult run(double perSecond, Duration duration, int workers, Operation operation, Timer latency) {
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long requests = (long) (perSecond * duration.toSeconds());
        try {
            for (long i = 0; i < requests; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                pool.execute(() -> {
                    Boolean ok = operation.send();
                    if (ok != null) {
                        latency.record(Duration.ofNanos(System.nanoTime() - due));
                        (ok ? accepted : refused).incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Requests of the open loop still unanswered after 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return new LoadResult(accepted.get(), refused.get(), (System.nanoTime() - start) / 1e9);
    }
}
