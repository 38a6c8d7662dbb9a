package be.koers.query.revision;

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
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.ProjectionOrder;
import be.koers.projection.TableProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Unplanned work recorded while a revision is open is no change of that revision: it is work done, which the
 * adopted view shows and a discard keeps. So it joins the adopted copy, right after the element projection (at
 * {@link ProjectionOrder#CHANGE}) wrote its working row, which is what the copy copies. None of the tables are its
 * own: it writes the adopted copy, whose tables {@link RevisionProjection} owns.
 */
@Component
@Order(ProjectionOrder.CHANGE + 1)
@OwnsTables({})
class UnplannedWorkCopy extends TableProjection {

    private final AdoptedCopy adoptedCopy;

    UnplannedWorkCopy(AdoptedCopy adoptedCopy) {
        this.adoptedCopy = adoptedCopy;
        on(UnplannedWorkRecorded.class, this::recorded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(PlanWideEvent.class, BudgetEvent.class, ProgressReported.class);
        // the other changes of an element while a revision is open are the revision's
        ignores(GoalDefined.class, ActionPlanDefined.class, ItemDefined.class, GoalRevised.class,
                ActionPlanRevised.class, ItemRevised.class, OwnerReassigned.class, ElementMoved.class,
                ElementRetagged.class, ElementRetired.class, ContinuationDeclared.class, ContinuationWithdrawn.class);
    }

    private void recorded(UnplannedWorkRecorded event, EventEnvelope envelope) {
        adoptedCopy.add(event.tenant().value(), event.planId().value(), event.itemId().value());
    }
}
