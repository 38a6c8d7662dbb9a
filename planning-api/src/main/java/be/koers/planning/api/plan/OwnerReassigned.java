package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OwnerReassigned(
        TenantId tenant,
        PlanId planId,
        ElementId itemId,
        Owner previousOwner,
        Owner owner) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return itemId;
    }
}
