package be.koers.planning.api.budget;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BudgetActualsRecorded(
        TenantId tenant,
        PlanId planId,
        ElementId elementId,
        int year,
        BudgetFigures figures) implements BudgetEvent {
}
