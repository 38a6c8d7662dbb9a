package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ElementRetired(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        String reason) implements TreeEvent {
}
