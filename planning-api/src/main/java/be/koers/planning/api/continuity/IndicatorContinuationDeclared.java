package be.koers.planning.api.continuity;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorContinuationDeclared(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        IndicatorId previousIndicatorId,
        PlanId previousPlanId) implements IndicatorEvent {
}
