package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanClosed(
        TenantId tenant,
        PlanId planId,
        String reason) implements PlanWideEvent {
}
