package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseGoal(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId goalId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Size(max = 10000) String intendedResult,
        boolean priority) implements PlanCommand {
}
