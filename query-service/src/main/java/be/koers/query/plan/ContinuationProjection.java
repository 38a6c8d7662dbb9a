package be.koers.query.plan;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which element of an earlier legislature's plan each element continues; declaring again replaces. Kept apart
 * from the elements ({@link ContinuationColumns}), so a revision neither copies nor restores it: declared inside or
 * outside a revision, both views show it from then on. It goes only with an element a discard removes
 * ({@link DiscardedElements}). The plan declares continuations only of elements it has, and every reader reaches
 * these rows through an element of the plan, so the projection takes each event as it comes, without the elements'
 * table.
 */
@Component
@OwnsTables("element_continuation")
class ContinuationProjection extends TableProjection {

    private final JdbcClient jdbc;

    ContinuationProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(ContinuationDeclared.class, this::declared);
        on(ContinuationWithdrawn.class, this::withdrawn);
        on(RevisionDiscarded.class, (event, envelope) -> discarded.deleteRows(event, "element_continuation"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, BudgetEvent.class, ProgressReported.class);
        ignores(GoalDefined.class, ActionPlanDefined.class, ItemDefined.class, UnplannedWorkRecorded.class,
                GoalRevised.class, ActionPlanRevised.class, ItemRevised.class, OwnerReassigned.class,
                ElementMoved.class, ElementRetagged.class, ElementRetired.class);
    }

    private void declared(ContinuationDeclared event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO element_continuation (tenant, plan_id, element_id, previous_plan_id, previous_element_id)
                        VALUES (:tenant, :planId, :elementId, :previousPlanId, :previousElementId)
                        ON CONFLICT (tenant, plan_id, element_id) DO UPDATE
                        SET previous_plan_id = EXCLUDED.previous_plan_id, previous_element_id = EXCLUDED.previous_element_id""")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", event.elementId().value())
                .param("previousPlanId", event.previousPlanId().value())
                .param("previousElementId", event.previousElementId().value())
                .update();
    }

    private void withdrawn(ContinuationWithdrawn event, EventEnvelope envelope) {
        jdbc.sql("DELETE FROM element_continuation WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", event.elementId().value())
                .update();
    }
}
