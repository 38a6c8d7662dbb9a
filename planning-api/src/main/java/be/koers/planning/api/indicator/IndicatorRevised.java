package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorRevised(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        String name,
        String unit,
        String dataSource,
        String ownerDepartment,
        String reason) implements IndicatorEvent {
}
