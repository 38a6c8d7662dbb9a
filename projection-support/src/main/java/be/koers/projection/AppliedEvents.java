package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last sequence number applied per aggregate: what makes at-least-once delivery apply each event once. */
@Component
class AppliedEvents {

    static final String TABLE = "applied_event";

    private final JdbcClient jdbc;

    AppliedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event as applied unless its aggregate is already at or past its sequence number. The row stays
     * locked until the transaction ends, so a second consumer holding the same record (during a rebalance) waits and
     * then finds it applied.
     *
     * @return whether the caller should apply the event
     */
    boolean claim(EventEnvelope envelope) {
        return jdbc.sql("""
                        INSERT INTO applied_event (aggregate_id, tenant, aggregate_type, last_sequence, applied_count)
                        VALUES (:aggregateId, :tenant, :aggregateType, :sequence, 1)
                        ON CONFLICT (aggregate_id) DO UPDATE
                        SET last_sequence = EXCLUDED.last_sequence, applied_count = applied_event.applied_count + 1
                        WHERE applied_event.last_sequence < EXCLUDED.last_sequence""")
                .param("aggregateId", envelope.aggregateId())
                .param("tenant", envelope.tenant())
                .param("aggregateType", envelope.aggregateType())
                .param("sequence", envelope.sequenceNumber())
                .update() == 1;
    }

    /** How many events the tables reflect. */
    long count() {
        return jdbc.sql("SELECT coalesce(sum(applied_count), 0) FROM applied_event").query(Long.class).single();
    }
}
