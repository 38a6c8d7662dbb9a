package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ActionPlanRevised(
        TenantId tenant,
        PlanId planId,
        ElementId actionPlanId,
        String title,
        String description,
        Period realisationTerm) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return actionPlanId;
    }
}
