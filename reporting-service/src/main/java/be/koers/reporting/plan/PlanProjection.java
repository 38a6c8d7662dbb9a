package be.koers.reporting.plan;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementEvent;
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
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Legislatures, plans, their status and edition, and whether a revision is open. The elements, also as the last
 * edition had them while a revision is open, are {@link ElementProjection}'s.
 */
@Component
@OwnsTables({"legislature", "report_plan"})
class PlanProjection extends TableProjection {

    private final JdbcClient jdbc;

    PlanProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        on(LegislatureCreated.class, (event, envelope) -> legislatureCreated(event));
        on(PlanDrafted.class, (event, envelope) -> drafted(event));
        on(MissionSet.class, (event, envelope) -> set(event, "mission", event.mission()));
        on(VisionSet.class, (event, envelope) -> set(event, "vision", event.vision()));
        on(CoreValuesSet.class, (event, envelope) -> set(event, "core_values", event.coreValues().toArray(String[]::new)));
        on(PlanAdopted.class, (event, envelope) -> adopted(event));
        on(PlanClosed.class, (event, envelope) -> set(event, "status", PlanStatus.CLOSED.name()));
        on(RevisionOpened.class, (event, envelope) -> set(event, "revision_open", true));
        on(RevisionAdopted.class, (event, envelope) -> revisionAdopted(event));
        on(RevisionDiscarded.class, (event, envelope) -> set(event, "revision_open", false));
        ignores(TenantEvent.class, IndicatorEvent.class, ElementEvent.class);
        // the plan names its legislature when it is drafted
        ignores(PlanAttachedToLegislature.class);
    }

    private void legislatureCreated(LegislatureCreated event) {
        jdbc.sql("""
                        INSERT INTO legislature (legislature_id, tenant, name, first_year, last_year)
                        VALUES (:id, :tenant, :name, :firstYear, :lastYear)""")
                .param("id", event.legislatureId().value())
                .param("tenant", event.tenant().value())
                .param("name", event.name())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .update();
    }

    private void drafted(PlanDrafted event) {
        jdbc.sql("""
                        INSERT INTO report_plan (plan_id, tenant, legislature_id, title, template, first_year, last_year, status)
                        VALUES (:planId, :tenant, :legislatureId, :title, :template, :firstYear, :lastYear, :status)""")
                .param("planId", event.planId().value())
                .param("tenant", event.tenant().value())
                .param("legislatureId", event.legislatureId().value())
                .param("title", event.title())
                .param("template", event.template().name())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .param("status", PlanStatus.DRAFT.name())
                .update();
    }

    private void adopted(PlanAdopted event) {
        jdbc.sql("UPDATE report_plan SET status = :status, edition = 1, adopted_on = :on WHERE plan_id = :planId")
                .param("status", PlanStatus.ADOPTED.name())
                .param("on", event.decisionDate())
                .param("planId", event.planId().value())
                .update();
    }

    private void revisionAdopted(RevisionAdopted event) {
        jdbc.sql("UPDATE report_plan SET revision_open = false, edition = :edition WHERE plan_id = :planId")
                .param("edition", event.edition())
                .param("planId", event.planId().value())
                .update();
    }

    private void set(PlanEvent event, String column, Object value) {
        jdbc.sql("UPDATE report_plan SET " + column + " = :value WHERE plan_id = :planId")
                .param("value", value)
                .param("planId", event.planId().value())
                .update();
    }
}
