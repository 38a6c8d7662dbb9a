package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ElementRetagged(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        Tags tags) implements TreeEvent {
}
