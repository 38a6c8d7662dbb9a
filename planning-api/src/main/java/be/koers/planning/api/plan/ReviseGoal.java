package be.koers.planning.api.plan;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseGoal(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId goalId,
        @Title String title,
        @FreeText String description,
        @FreeText String intendedResult,
        boolean priority) implements PlanCommand {
}
