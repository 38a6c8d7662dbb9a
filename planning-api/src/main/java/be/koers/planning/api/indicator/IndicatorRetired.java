package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorRetired(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        String reason) implements IndicatorEvent {
}
