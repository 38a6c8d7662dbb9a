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
 * Legislatures, plans and their editions. A revision is followed the way the plan aggregate follows it: the planned
 * elements are copied aside when it opens, dated with the edition when it is adopted, and put back when it is
 * discarded. Unplanned work, progress, budgets and continuations are not plan content and live elsewhere, so
 * neither step touches them. The elements' table is {@link ElementProjection}'s: this one only sets its planned rows
 * aside and puts them back.
 */
@Component
@OwnsTables({"legislature", "report_plan", "revision_baseline"})
class PlanProjection extends TableProjection {

    private static final String ELEMENT_COLUMNS = """
            plan_id, element_id, tenant, parent_id, level, title, intended_result, priority, policy_fields,
            target_groups, sub_areas, department, political_owner, realisation_start, realisation_end, planned,
            first_edition, retired, retired_reason, unplanned_cause, cause_explanation, defined_order""";

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
        on(RevisionOpened.class, (event, envelope) -> revisionOpened(event));
        on(RevisionAdopted.class, (event, envelope) -> revisionAdopted(event));
        on(RevisionDiscarded.class, (event, envelope) -> revisionDiscarded(event));
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

    /** Everything defined so far is the first edition. */
    private void adopted(PlanAdopted event) {
        jdbc.sql("UPDATE report_plan SET status = :status, edition = 1, adopted_on = :on WHERE plan_id = :planId")
                .param("status", PlanStatus.ADOPTED.name())
                .param("on", event.decisionDate())
                .param("planId", event.planId().value())
                .update();
        dateNewElements(event, 1);
    }

    private void revisionOpened(RevisionOpened event) {
        set(event, "revision_open", true);
        jdbc.sql("DELETE FROM revision_baseline WHERE plan_id = :planId").param("planId", event.planId().value()).update();
        jdbc.sql("INSERT INTO revision_baseline (%1$s) SELECT %1$s FROM report_element WHERE plan_id = :planId AND planned"
                        .formatted(ELEMENT_COLUMNS))
                .param("planId", event.planId().value())
                .update();
    }

    private void revisionAdopted(RevisionAdopted event) {
        jdbc.sql("UPDATE report_plan SET revision_open = false, edition = :edition WHERE plan_id = :planId")
                .param("edition", event.edition())
                .param("planId", event.planId().value())
                .update();
        dateNewElements(event, event.edition());
        clearBaseline(event);
    }

    private void revisionDiscarded(RevisionDiscarded event) {
        set(event, "revision_open", false);
        jdbc.sql("DELETE FROM report_element WHERE plan_id = :planId AND planned").param("planId", event.planId().value()).update();
        jdbc.sql("INSERT INTO report_element (%1$s) SELECT %1$s FROM revision_baseline WHERE plan_id = :planId"
                        .formatted(ELEMENT_COLUMNS))
                .param("planId", event.planId().value())
                .update();
        clearBaseline(event);
    }

    private void dateNewElements(PlanEvent event, int edition) {
        jdbc.sql("UPDATE report_element SET first_edition = :edition WHERE plan_id = :planId AND planned AND first_edition IS NULL")
                .param("edition", edition)
                .param("planId", event.planId().value())
                .update();
    }

    private void clearBaseline(PlanEvent event) {
        jdbc.sql("DELETE FROM revision_baseline WHERE plan_id = :planId").param("planId", event.planId().value()).update();
    }

    private void set(PlanEvent event, String column, Object value) {
        jdbc.sql("UPDATE report_plan SET " + column + " = :value WHERE plan_id = :planId")
                .param("value", value)
                .param("planId", event.planId().value())
                .update();
    }
}
