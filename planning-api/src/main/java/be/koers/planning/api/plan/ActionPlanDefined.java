package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ActionPlanDefined(
        TenantId tenant,
        PlanId planId,
        ElementId actionPlanId,
        ElementId parentId,
        String title,
        String description,
        Period realisationTerm,
        Tags tags) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return actionPlanId;
    }
}
