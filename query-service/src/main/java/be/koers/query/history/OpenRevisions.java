package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** When each plan's open revision opened ({@code history_open_revision}): the state a discard goes back to. */
@Component
class OpenRevisions {

    static final String TABLE = "history_open_revision";

    private final JdbcClient jdbc;

    OpenRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(PlanEvent event, EventEnvelope envelope) {
        plan(jdbc.sql("INSERT INTO history_open_revision (tenant, plan_id, opened_sequence) VALUES (:tenant, :planId, :sequence)"
                + " ON CONFLICT (tenant, plan_id) DO UPDATE SET opened_sequence = EXCLUDED.opened_sequence"), event)
                .param("sequence", envelope.sequenceNumber())
                .update();
    }

    /** The sequence of the event that opened the plan's revision, which is closed from now on. */
    Optional<Long> close(PlanEvent event) {
        return plan(jdbc.sql("DELETE FROM history_open_revision WHERE tenant = :tenant AND plan_id = :planId"
                + " RETURNING opened_sequence"), event).query(Long.class).optional();
    }

    private static JdbcClient.StatementSpec plan(JdbcClient.StatementSpec spec, PlanEvent event) {
        return spec.param("tenant", event.tenant().value()).param("planId", event.planId().value());
    }
}
