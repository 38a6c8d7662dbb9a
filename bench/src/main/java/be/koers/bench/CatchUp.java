package be.koers.bench;

import be.koers.testing.ApiClient;
import be.koers.testing.KoersSystem;
import be.koers.testing.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until both read sides reflect every event in the event store, so that one phase's backlog does not weigh
 * on the next phase's figures; logs how long that took.
 */
final class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration GIVE_UP = Duration.ofHours(2);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KoersSystem koers;
    private final List<ApiClient> readSides;

    CatchUp(KoersSystem koers) {
        this.koers = koers;
        this.readSides = List.of(operator(koers.queryService), operator(koers.reportingService));
    }

    private static ApiClient operator(ServiceProcess service) {
        return ApiClient.as(service.url(), Tenants.OPERATOR, Tenants.passwordOf(Tenants.OPERATOR));
    }

    void await(String after) {
        long start = System.nanoTime();
        long events = events();
        for (ApiClient readSide : readSides) {
            while (readSide.get("/admin/projections/status").json().path("appliedEvents").asLong() < events) {
                if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                    throw new IllegalStateException("The read sides did not catch up with " + events + " events within " + GIVE_UP);
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        }
        log.info("Read sides caught up with {} events {} s after {}", events, Math.round((System.nanoTime() - start) / 1e9), after);
    }

    long events() {
        return queryLong("SELECT count(*) FROM domain_event_entry");
    }

    int averagePayloadCharacters() {
        return (int) queryLong("SELECT coalesce(avg(length(payload)), 0)::bigint FROM domain_event_entry");
    }

    private long queryLong(String sql) {
        try (Connection connection = koers.commandDatabase.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
