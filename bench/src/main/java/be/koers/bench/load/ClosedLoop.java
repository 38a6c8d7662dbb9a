package be.koers.bench.load;

import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The maximum rate: a number of clients, each sending its next request as soon as the previous one is answered,
 * for a fixed time.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    public static LoadResult run(int clients, Duration duration, Operation operation, Timer latency) {
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    Boolean ok = operation.send();
                    if (ok == null) {
                        return;
                    }
                    latency.record(Duration.ofNanos(System.nanoTime() - sent));
                    (ok ? accepted : refused).incrementAndGet();
                }
            }, "bench-client-" + i);
            client.start();
            threads.add(client);
        }
        for (Thread client : threads) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new LoadResult(accepted.get(), refused.get(), (System.nanoTime() - start) / 1e9);
    }
}
