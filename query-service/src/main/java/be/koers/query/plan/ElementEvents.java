package be.koers.query.plan;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;

import java.util.Optional;

/**
 * The events that change what the tree shows of an element (what {@link PlanElementProjection} and
 * {@link ContinuationProjection} apply), and which element.
 */
public final class ElementEvents {

    private ElementEvents() {
    }

    public static Optional<ElementId> changedElement(Object event) {
        ElementId id = null;
        if (event instanceof GoalDefined e) {
            id = e.goalId();
        } else if (event instanceof ActionPlanDefined e) {
            id = e.actionPlanId();
        } else if (event instanceof ItemDefined e) {
            id = e.itemId();
        } else if (event instanceof GoalRevised e) {
            id = e.goalId();
        } else if (event instanceof ActionPlanRevised e) {
            id = e.actionPlanId();
        } else if (event instanceof UnplannedWorkRecorded e) {
            id = e.itemId();
        } else if (event instanceof ItemRevised e) {
            id = e.itemId();
        } else if (event instanceof OwnerReassigned e) {
            id = e.itemId();
        } else if (event instanceof ElementMoved e) {
            id = e.elementId();
        } else if (event instanceof ElementRetagged e) {
            id = e.elementId();
        } else if (event instanceof ElementRetired e) {
            id = e.elementId();
        } else if (event instanceof ContinuationDeclared e) {
            id = e.elementId();
        } else if (event instanceof ContinuationWithdrawn e) {
            id = e.elementId();
        }
        return Optional.ofNullable(id);
    }
}
