package be.koers.planning.api.budget;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the yearly estimate of a goal, action plan or item. The first estimate of a year needs no reason; revising it does. */
public record EstimateBudget(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        int year,
        @NotNull @Valid BudgetFigures figures,
        @FreeText String reason) implements PlanCommand {
}
