package be.koers.bench.lag;

import be.koers.bench.Calls;
import be.koers.bench.Tenants;
import be.koers.bench.dataset.LoadedPlan;
import be.koers.testing.ApiClient;
import be.koers.testing.SseStream;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end lag, as a planner and a dashboard see it: a revision of one item of the Ghent-scale plan, timed from the
 * command-service's answer until the query-service's REST read shows the new title, and until the plan's SSE stream
 * pushes it. One probe at a time, while the measured load runs.
 */
public final class LagProbe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LagProbe.class);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();
    private static final Duration PAUSE = Duration.ofMillis(100);

    private final LoadedPlan plan;
    private final LoadedPlan.Item item;
    private final ApiClient queries;
    private final SseStream stream;
    private final Timer toRest;
    private final Timer toSse;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile RuntimeException failure;
    private int probes;
    private int scanned;

    public LagProbe(LoadedPlan plan, String queryServiceUrl, Timer toRest, Timer toSse) {
        this.plan = plan;
        this.item = plan.items().get(0); // PlanEdits leaves it alone: another title would hide the probe's
        String user = Tenants.plannerOf(plan.tenant());
        this.queries = ApiClient.as(queryServiceUrl, user, Tenants.passwordOf(user));
        this.stream = SseStream.open(queryServiceUrl + plan.path() + "/stream", user, Tenants.passwordOf(user), null);
        if (stream.status() != 200) {
            throw new IllegalStateException("The plan's SSE stream answered " + stream.status() + ": " + stream.body());
        }
        this.toRest = toRest;
        this.toSse = toSse;
        this.thread = new Thread(this::probeUntilClosed, "bench-lag-probe");
        thread.start();
    }

    private void probeUntilClosed() {
        try {
            while (running.get()) {
                probe("lag probe " + ++probes);
                LockSupport.parkNanos(PAUSE.toNanos());
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void probe(String title) {
        Calls.accepted(plan.planner().put(plan.path() + "/items/" + item.id(), item.revisedTo(title)), "lag probe");
        long accepted = System.nanoTime();
        long deadline = accepted + GIVE_UP.toNanos();
        String path = plan.path() + "/elements/" + item.id() + "?view=draft";
        while (!title.equals(queries.get(path).json().path("title").asText(null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("'" + title + "' not visible in the query-service after " + GIVE_UP);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        toRest.record(Duration.ofNanos(System.nanoTime() - accepted));
        Optional<SseStream.Event> pushed = Optional.empty();
        while (pushed.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("'" + title + "' not pushed on the SSE stream after " + GIVE_UP);
            }
            pushed = nextPushedWith(title);
            if (pushed.isEmpty()) {
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        // the push can arrive before the command's answer has been read: no lag, rather than a sample the timer drops
        toSse.record(Duration.ofNanos(Math.max(0, pushed.get().receivedNanos() - accepted)));
    }

    /** Looks only at the events received since the last probe's: the stream of a busy plan grows long. */
    private Optional<SseStream.Event> nextPushedWith(String title) {
        List<SseStream.Event> events = stream.events();
        for (; scanned < events.size(); scanned++) {
            if (events.get(scanned).data().contains("\"" + title + "\"")) {
                return Optional.of(events.get(scanned++));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws Exception {
        running.set(false);
        thread.join(GIVE_UP.toMillis() * 2);
        stream.close();
        log.info("Lag probe sent {} probes", probes);
        if (failure != null) {
            throw failure;
        }
    }
}
