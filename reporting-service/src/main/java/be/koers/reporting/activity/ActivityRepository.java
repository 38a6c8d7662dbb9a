package be.koers.reporting.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The activity read model ({@code event_activity}). */
@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds events of the type to the tenant's tally; {@code latest} is the newest of their timestamps. */
    void count(String tenant, String eventType, int events, Instant latest) {
        jdbc.sql("""
                        INSERT INTO event_activity (tenant, event_type, event_count, last_event_at)
                        VALUES (:tenant, :eventType, :events, :at)
                        ON CONFLICT (tenant, event_type) DO UPDATE
                        SET event_count = event_activity.event_count + EXCLUDED.event_count,
                            last_event_at = GREATEST(event_activity.last_event_at, EXCLUDED.last_event_at)
                        """)
                .param("tenant", tenant)
                .param("eventType", eventType)
                .param("events", events)
                .param("at", OffsetDateTime.ofInstant(latest, ZoneOffset.UTC))
                .update();
    }

    List<EventTypeActivity> findByTenant(String tenant) {
        return jdbc.sql("""
                        SELECT event_type, event_count, last_event_at FROM event_activity
                        WHERE tenant = :tenant ORDER BY event_type
                        """)
                .param("tenant", tenant)
                .query((rs, row) -> new EventTypeActivity(rs.getString("event_type"), rs.getLong("event_count"),
                        rs.getObject("last_event_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
