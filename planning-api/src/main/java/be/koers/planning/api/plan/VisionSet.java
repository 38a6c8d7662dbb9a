package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record VisionSet(
        TenantId tenant,
        PlanId planId,
        String vision) implements PlanWideEvent {
}
