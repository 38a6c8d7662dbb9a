package be.koers.reporting.activity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The activity read model ({@code event_activity}) and the per-aggregate dedupe marks ({@code applied_event}). */
@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the aggregate's event with this sequence number is applied, unless an event with the same or a
     * higher sequence number already was. The row lock taken here also serialises two consumers that received the
     * same event during a rebalance.
     *
     * @return whether the event is new (and must be applied)
     */
    boolean markApplied(String aggregateId, long sequenceNumber) {
        return jdbc.sql("""
                        INSERT INTO applied_event (aggregate_id, last_sequence) VALUES (:aggregateId, :sequence)
                        ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                        WHERE applied_event.last_sequence < EXCLUDED.last_sequence
                        """)
                .param("aggregateId", aggregateId)
                .param("sequence", sequenceNumber)
                .update() == 1;
    }

    void count(String tenant, String eventType, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_activity (tenant, event_type, event_count, last_event_at)
                        VALUES (:tenant, :eventType, 1, :at)
                        ON CONFLICT (tenant, event_type) DO UPDATE
                        SET event_count = event_activity.event_count + 1,
                            last_event_at = GREATEST(event_activity.last_event_at, EXCLUDED.last_event_at)
                        """)
                .param("tenant", tenant)
                .param("eventType", eventType)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
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
