package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorDefined(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        String name,
        String unit,
        IndicatorKind kind,
        Direction direction,
        Baseline baseline,
        List<Target> targets,
        Frequency frequency,
        String dataSource,
        String ownerDepartment,
        List<ElementId> linkedElements,
        int firstYear,
        int lastYear) implements IndicatorEvent {
}
