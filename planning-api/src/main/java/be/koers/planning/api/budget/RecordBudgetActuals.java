package be.koers.planning.api.budget;

import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what was actually spent and received in a year, next to the estimate. */
public record RecordBudgetActuals(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        int year,
        @NotNull @Valid BudgetFigures figures) implements PlanCommand {
}
