package be.koers.query.plan;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan row: its working statements, its status, the edition in force with its decision, the open revision and
 * the version (last sequence number) of its stream. While a revision is open it also keeps the statements as last
 * adopted ({@link AdoptedStatements}), which a discard restores.
 */
@Component
@OwnsTables({"plan", "adopted_plan"})
class PlanProjection extends TableProjection {

    private final JdbcClient jdbc;
    private final AdoptedStatements adopted;

    PlanProjection(JdbcClient jdbc, AdoptedStatements adopted) {
        this.jdbc = jdbc;
        this.adopted = adopted;
        on(PlanDrafted.class, this::drafted);
        on(MissionSet.class, this::statementSet);
        on(VisionSet.class, this::statementSet);
        on(CoreValuesSet.class, this::statementSet);
        on(PlanAdopted.class, this::adopted);
        on(PlanClosed.class, this::closed);
        on(RevisionOpened.class, this::revisionOpened);
        on(RevisionAdopted.class, this::revisionAdopted);
        on(RevisionDiscarded.class, this::revisionDiscarded);
        on(PlanEvent.class, this::advanceVersion);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
    }

    private void drafted(PlanDrafted event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO plan (tenant, plan_id, legislature_id, title, template, status, first_year, last_year, version)
                        VALUES (:tenant, :planId, :legislatureId, :title, :template, :status, :firstYear, :lastYear, :version)""")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("legislatureId", event.legislatureId().value())
                .param("title", event.title())
                .param("template", event.template().name())
                .param("status", PlanStatus.DRAFT.name())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .param("version", envelope.sequenceNumber())
                .update();
    }

    private void statementSet(PlanEvent event, EventEnvelope envelope) {
        Map<String, Object> columns = StatementChange.of(event).columns();
        String assignments = columns.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "));
        update(event, assignments).params(columns).update();
    }

    private void adopted(PlanAdopted event, EventEnvelope envelope) {
        update(event, "status = :status, edition = 1, decision_date = :decisionDate, decision_reference = :decisionReference")
                .param("status", PlanStatus.ADOPTED.name())
                .param("decisionDate", event.decisionDate())
                .param("decisionReference", event.decisionReference())
                .update();
    }

    private void revisionOpened(RevisionOpened event, EventEnvelope envelope) {
        update(event, "open_revision = :number, open_revision_name = :name, open_revision_opened_at = :at,"
                + " open_revision_opened_by = :by")
                .param("number", event.revisionNumber())
                .param("name", event.name())
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("by", envelope.actor())
                .update();
        adopted.take(event.tenant().value(), event.planId().value());
    }

    /** The adopted revision is the edition in force now, with its decision. */
    private void revisionAdopted(RevisionAdopted event, EventEnvelope envelope) {
        revisionClosed(event);
        update(event, "edition = :edition, decision_date = :decisionDate, decision_reference = :decisionReference")
                .param("edition", event.edition())
                .param("decisionDate", event.decisionDate())
                .param("decisionReference", event.decisionReference())
                .update();
        adopted.drop(event.tenant().value(), event.planId().value());
    }

    private void revisionDiscarded(RevisionDiscarded event, EventEnvelope envelope) {
        revisionClosed(event);
        adopted.restore(event.tenant().value(), event.planId().value());
        adopted.drop(event.tenant().value(), event.planId().value());
    }

    private void revisionClosed(PlanEvent event) {
        update(event, "open_revision = NULL, open_revision_name = NULL, open_revision_opened_at = NULL,"
                + " open_revision_opened_by = NULL").update();
    }

    private void closed(PlanClosed event, EventEnvelope envelope) {
        update(event, "status = :status, closed_reason = :reason")
                .param("status", PlanStatus.CLOSED.name())
                .param("reason", event.reason())
                .update();
    }

    /** Every event of the plan's stream moves its version, also those that change an element. */
    private void advanceVersion(PlanEvent event, EventEnvelope envelope) {
        update(event, "version = :version").param("version", envelope.sequenceNumber()).update();
    }

    private JdbcClient.StatementSpec update(PlanEvent event, String assignments) {
        return jdbc.sql("UPDATE plan SET " + assignments + " WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value());
    }
}
