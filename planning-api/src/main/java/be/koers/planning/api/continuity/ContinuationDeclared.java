package be.koers.planning.api.continuity;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** The element carries over {@code previousElementId} of the earlier legislature's plan {@code previousPlanId}. */
@Revision("1")
public record ContinuationDeclared(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        PlanId previousPlanId,
        ElementId previousElementId) implements TreeEvent {
}
