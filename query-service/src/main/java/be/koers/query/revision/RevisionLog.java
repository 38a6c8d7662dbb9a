package be.koers.query.revision;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Every revision of a plan ({@code plan_revision}): opened, then adopted or discarded. */
@Component
class RevisionLog {

    static final String TABLE = "plan_revision";

    private final JdbcClient jdbc;

    RevisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(RevisionOpened event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO plan_revision (tenant, plan_id, revision_number, name, description, status,
                                                   opened_at, opened_by, opened_sequence)
                        VALUES (:tenant, :planId, :number, :name, :description, 'OPEN', :at, :by, :sequence)""")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("number", event.revisionNumber())
                .param("name", event.name())
                .param("description", event.description())
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("by", envelope.actor())
                .param("sequence", envelope.sequenceNumber())
                .update();
    }

    void adopted(RevisionAdopted event, EventEnvelope envelope) {
        close(event, event.revisionNumber(), RevisionStatus.ADOPTED, envelope, "edition = :edition", "edition", event.edition());
    }

    void discarded(RevisionDiscarded event, EventEnvelope envelope) {
        close(event, event.revisionNumber(), RevisionStatus.DISCARDED, envelope, "discard_reason = :reason", "reason", event.reason());
    }

    /** Oldest first. */
    List<RevisionView> of(TenantId tenant, PlanId planId) {
        return jdbc.sql("SELECT * FROM plan_revision WHERE tenant = :tenant AND plan_id = :planId ORDER BY revision_number")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query((rs, rowNum) -> new RevisionView(rs.getInt("revision_number"), rs.getString("name"),
                        rs.getString("description"), RevisionStatus.valueOf(rs.getString("status")),
                        instant(rs.getObject("opened_at", OffsetDateTime.class)), rs.getString("opened_by"),
                        instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("closed_by"),
                        rs.getObject("edition", Integer.class), rs.getString("discard_reason")))
                .list();
    }

    private void close(PlanEvent event, int number, RevisionStatus status, EventEnvelope envelope, String assignment,
                       String param, Object value) {
        jdbc.sql("UPDATE plan_revision SET status = :status, closed_at = :at, closed_by = :by, " + assignment
                        + " WHERE tenant = :tenant AND plan_id = :planId AND revision_number = :number")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("number", number)
                .param("status", status.name())
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("by", envelope.actor())
                .param(param, value)
                .update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
