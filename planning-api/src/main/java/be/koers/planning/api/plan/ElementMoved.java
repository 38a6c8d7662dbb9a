package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ElementMoved(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        ElementId previousParentId,
        ElementId parentId) implements TreeEvent {
}
