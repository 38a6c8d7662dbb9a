package be.koers.reporting.plan;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The goals, action plans and items of each plan, planned or not, with what reports group and judge them by, and the
 * first adopted edition that held each. A revision is followed the way the plan aggregate follows it: while it is open
 * the planned elements as last adopted are kept aside ({@link AdoptedElements}), which a discard puts back. Unplanned
 * work is not plan content, so neither step touches it.
 */
@Component
@OwnsTables({"report_element", "adopted_element"})
class ElementProjection extends TableProjection {

    private final JdbcClient jdbc;
    private final AdoptedElements adopted;

    private static final String PERIOD = "realisation_start = :start, realisation_end = :end";
    private static final String OWNER = "department = :department, political_owner = :politicalOwner";
    private static final String TAGS = "policy_fields = :policyFields, target_groups = :targetGroups, sub_areas = :subAreas";

    ElementProjection(JdbcClient jdbc, AdoptedElements adopted) {
        this.jdbc = jdbc;
        this.adopted = adopted;
        on(GoalDefined.class, (e, envelope) -> define(e, new Definition(e.goalId(), e.parentId(), e.level(),
                    e.title(), e.intendedResult(), e.priority(), e.tags(), null, null)));
        on(ActionPlanDefined.class, (e, envelope) -> define(e, new Definition(e.actionPlanId(), e.parentId(),
                    Level.ACTION_PLAN, e.title(), null, false, e.tags(), null, e.realisationTerm())));
        on(ItemDefined.class, (e, envelope) -> define(e, new Definition(e.itemId(), e.parentId(), e.level(),
                    e.title(), null, false, e.tags(), e.owner(), e.period())));
        on(UnplannedWorkRecorded.class, (e, envelope) -> recordUnplanned(e));
        on(GoalRevised.class, (e, envelope) -> update(e, e.goalId(),
                    "title = :title, intended_result = :intendedResult, priority = :priority")
                    .param("title", e.title()).param("intendedResult", e.intendedResult()).param("priority", e.priority()).update());
        on(ActionPlanRevised.class, (e, envelope) -> update(e, e.actionPlanId(), "title = :title, " + PERIOD)
                    .param("title", e.title()).params(period(e.realisationTerm())).update());
        on(ItemRevised.class, (e, envelope) -> update(e, e.itemId(), "title = :title, " + PERIOD)
                    .param("title", e.title()).params(period(e.period())).update());
        on(OwnerReassigned.class, (e, envelope) -> update(e, e.itemId(), OWNER).params(owner(e.owner())).update());
        on(ElementMoved.class, (e, envelope) -> update(e, e.elementId(), "parent_id = :parentId")
                    .param("parentId", idOrNull(e.parentId())).update());
        on(ElementRetagged.class, (e, envelope) -> update(e, e.elementId(), TAGS).params(tags(e.tags())).update());
        on(ElementRetired.class, (e, envelope) -> update(e, e.elementId(), "retired = true, retired_reason = :reason")
                    .param("reason", e.reason()).update());
        on(PlanAdopted.class, (e, envelope) -> dateNewElements(e, 1));
        on(RevisionOpened.class, (e, envelope) -> adopted.take(e.planId().value()));
        on(RevisionAdopted.class, (e, envelope) -> revisionAdopted(e));
        on(RevisionDiscarded.class, (e, envelope) -> revisionDiscarded(e));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(BudgetEvent.class, ProgressReported.class);
        // kept apart (ContinuationProjection)
        ignores(ContinuationDeclared.class, ContinuationWithdrawn.class);
        // the statements and the status of the plan are PlanProjection's
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanClosed.class);
    }

    private record Definition(ElementId id, ElementId parentId, Level level, String title, String intendedResult,
                              boolean priority, Tags tags, Owner owner, Period period) {
    }

    private void define(PlanEvent event, Definition definition) {
        insert(event, definition, true).update();
    }

    private void recordUnplanned(UnplannedWorkRecorded e) {
        insert(e, new Definition(e.itemId(), e.parentId(), e.level(), e.title(), null, false, e.tags(), e.owner(), e.period()), false)
                .param("cause", e.cause().name())
                .param("causeExplanation", e.causeExplanation())
                .update();
    }

    /** The planned elements are the new edition now: the copy of the previous one has served. */
    private void revisionAdopted(RevisionAdopted event) {
        dateNewElements(event, event.edition());
        adopted.drop(event.planId().value());
    }

    private void revisionDiscarded(RevisionDiscarded event) {
        adopted.restore(event);
        adopted.drop(event.planId().value());
    }

    /** Everything planned that no edition held yet is in this one. */
    private void dateNewElements(PlanEvent event, int edition) {
        jdbc.sql("UPDATE report_element SET first_edition = :edition WHERE plan_id = :planId AND planned AND first_edition IS NULL")
                .param("edition", edition)
                .param("planId", event.planId().value())
                .update();
    }

    private JdbcClient.StatementSpec insert(PlanEvent event, Definition d, boolean planned) {
        return jdbc.sql("""
                        INSERT INTO report_element (plan_id, element_id, tenant, parent_id, level, title, intended_result,
                            priority, policy_fields, target_groups, sub_areas, department, political_owner,
                            realisation_start, realisation_end, planned, unplanned_cause, cause_explanation)
                        VALUES (:planId, :elementId, :tenant, :parentId, :level, :title, :intendedResult, :priority,
                            :policyFields, :targetGroups, :subAreas, :department, :politicalOwner, :start, :end, :planned,
                            :cause, :causeExplanation)
                        ON CONFLICT (plan_id, element_id) DO NOTHING""")
                .param("planId", event.planId().value())
                .param("elementId", d.id().value())
                .param("tenant", event.tenant().value())
                .param("parentId", idOrNull(d.parentId()))
                .param("level", d.level().name())
                .param("title", d.title())
                .param("intendedResult", d.intendedResult())
                .param("priority", d.priority())
                .params(tags(d.tags()))
                .params(owner(d.owner()))
                .params(period(d.period()))
                .param("planned", planned)
                .param("cause", null)
                .param("causeExplanation", null);
    }

    private JdbcClient.StatementSpec update(PlanEvent event, ElementId elementId, String assignments) {
        return jdbc.sql("UPDATE report_element SET " + assignments + " WHERE plan_id = :planId AND element_id = :elementId")
                .param("planId", event.planId().value())
                .param("elementId", elementId.value());
    }

    private static Map<String, Object> tags(Tags tags) {
        Tags t = tags == null ? Tags.NONE : tags;
        return Map.of("policyFields", array(t.policyFields()), "targetGroups", array(t.targetGroups()),
                "subAreas", array(t.subAreas()));
    }

    private static Map<String, Object> owner(Owner owner) {
        Map<String, Object> values = new HashMap<>();
        values.put("department", owner == null ? null : owner.department());
        values.put("politicalOwner", owner == null ? null : owner.politicalOwner());
        return values;
    }

    private static Map<String, Object> period(Period period) {
        Map<String, Object> values = new HashMap<>();
        values.put("start", period == null ? null : period.start());
        values.put("end", period == null ? null : period.end());
        return values;
    }

    private static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static String idOrNull(ElementId id) {
        return id == null ? null : id.value();
    }
}
