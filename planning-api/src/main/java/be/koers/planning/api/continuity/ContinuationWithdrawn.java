package be.koers.planning.api.continuity;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ContinuationWithdrawn(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        PlanId previousPlanId,
        ElementId previousElementId,
        String reason) implements TreeEvent {
}
