package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorRetargeted(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        Baseline baseline,
        List<Target> targets,
        String reason) implements IndicatorEvent {
}
