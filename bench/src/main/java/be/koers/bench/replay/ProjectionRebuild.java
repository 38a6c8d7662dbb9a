package be.koers.bench.replay;

import be.koers.bench.Calls;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Replay as operators run it: {@code POST /admin/projections/rebuild} empties every projection table of a service
 * and replays the topics from the beginning; done when {@code /admin/projections/status} says it no longer rebuilds.
 */
public final class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration GIVE_UP = Duration.ofHours(3);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private ProjectionRebuild() {
    }

    public static Rate run(String service, ApiClient admin) {
        long start = System.nanoTime();
        long records = Calls.accepted(admin.post("/admin/projections/rebuild", null), service + " rebuild").json().path("recordsToReplay").asLong();
        long deadline = start + GIVE_UP.toNanos();
        long nextLog = start + LOG_EVERY.toNanos();
        JsonNode status = admin.get("/admin/projections/status").json();
        while (status.path("rebuilding").asBoolean(true)) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(service + " still rebuilding after " + GIVE_UP + ": " + status);
            }
            if (now > nextLog) {
                long applied = status.path("appliedEvents").asLong();
                log.info("{} rebuild: {} of {} events applied, {} events/s", service, applied, records,
                        Math.round(applied / ((now - start) / 1e9)));
                nextLog = now + LOG_EVERY.toNanos();
            }
            LockSupport.parkNanos(POLL.toNanos());
            status = admin.get("/admin/projections/status").json();
        }
        return new Rate(records, (System.nanoTime() - start) / 1e9);
    }
}
