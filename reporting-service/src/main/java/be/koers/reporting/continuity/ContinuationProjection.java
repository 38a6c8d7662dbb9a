package be.koers.reporting.continuity;

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
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import be.koers.reporting.revision.DiscardedElements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which element of an earlier legislature's plan each element continues. Only ids are kept: the earlier plan's
 * events may be replayed after these (they are on other partitions), so the comparison joins when it is asked.
 * Not plan content: a discarded revision leaves them, but for those of the elements it removed
 * ({@link DiscardedElements}).
 */
@Component
@OwnsTables("continuation")
class ContinuationProjection extends TableProjection {

    private final JdbcClient jdbc;

    ContinuationProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(ContinuationDeclared.class, (e, envelope) -> declared(e));
        on(ContinuationWithdrawn.class, (e, envelope) -> withdrawn(e));
        on(RevisionDiscarded.class, (e, envelope) -> discarded.deleteRows(e, "continuation"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, BudgetEvent.class, ProgressReported.class);
        ignores(GoalDefined.class, ActionPlanDefined.class, ItemDefined.class, UnplannedWorkRecorded.class,
                GoalRevised.class, ActionPlanRevised.class, ItemRevised.class, OwnerReassigned.class,
                ElementMoved.class, ElementRetagged.class, ElementRetired.class);
    }

    private void declared(ContinuationDeclared e) {
        jdbc.sql("""
                        INSERT INTO continuation (plan_id, element_id, tenant, previous_plan_id, previous_element_id)
                        VALUES (:planId, :elementId, :tenant, :previousPlanId, :previousElementId)
                        ON CONFLICT (plan_id, element_id) DO UPDATE
                        SET previous_plan_id = EXCLUDED.previous_plan_id, previous_element_id = EXCLUDED.previous_element_id""")
                .param("planId", e.planId().value())
                .param("elementId", e.elementId().value())
                .param("tenant", e.tenant().value())
                .param("previousPlanId", e.previousPlanId().value())
                .param("previousElementId", e.previousElementId().value())
                .update();
    }

    private void withdrawn(ContinuationWithdrawn e) {
        jdbc.sql("DELETE FROM continuation WHERE plan_id = :planId AND element_id = :elementId")
                .param("planId", e.planId().value())
                .param("elementId", e.elementId().value())
                .update();
    }
}
