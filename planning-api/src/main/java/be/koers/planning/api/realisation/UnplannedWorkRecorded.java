package be.koers.planning.api.realisation;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** An activity or action carried out outside the plan; from here on it takes progress and budgets like any item. */
@Revision("1")
public record UnplannedWorkRecorded(
        TenantId tenant,
        PlanId planId,
        ElementId itemId,
        ElementId parentId,
        Level level,
        String title,
        String description,
        Owner owner,
        ActionType actionType,
        Period period,
        UnplannedWorkCause cause,
        String causeExplanation,
        Tags tags) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return itemId;
    }
}
