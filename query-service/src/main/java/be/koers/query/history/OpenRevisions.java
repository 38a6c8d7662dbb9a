package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Each plan's open revision ({@code history_open_revision}): when it opened, the state a discard goes back to, and
 * its number and name, which the audit trail's lines of the plan name.
 */
@Component
class OpenRevisions {

    static final String TABLE = "history_open_revision";

    private final JdbcClient jdbc;

    OpenRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(RevisionOpened event, EventEnvelope envelope) {
        plan(jdbc.sql("""
                        INSERT INTO history_open_revision (tenant, plan_id, opened_sequence, revision_number, name)
                        VALUES (:tenant, :planId, :sequence, :number, :name)
                        ON CONFLICT (tenant, plan_id) DO UPDATE SET opened_sequence = EXCLUDED.opened_sequence,
                            revision_number = EXCLUDED.revision_number, name = EXCLUDED.name"""), event)
                .param("sequence", envelope.sequenceNumber())
                .param("number", event.revisionNumber())
                .param("name", event.name())
                .update();
    }

    /** The sequence of the event that opened the plan's revision, which is closed from now on. */
    Optional<Long> close(PlanEvent event) {
        return plan(jdbc.sql("DELETE FROM history_open_revision WHERE tenant = :tenant AND plan_id = :planId"
                + " RETURNING opened_sequence"), event).query(Long.class).optional();
    }

    Optional<RevisionUnderWay> of(String tenant, String planId) {
        return jdbc.sql("SELECT revision_number, name FROM history_open_revision WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant)
                .param("planId", planId)
                .query((rs, row) -> new RevisionUnderWay(rs.getInt("revision_number"), rs.getString("name")))
                .optional();
    }

    private static JdbcClient.StatementSpec plan(JdbcClient.StatementSpec spec, PlanEvent event) {
        return spec.param("tenant", event.tenant().value()).param("planId", event.planId().value());
    }
}
