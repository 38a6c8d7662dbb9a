package be.koers.planning.api.plan;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines a goal under {@code parentId}, or at the root level of the template when it is null. */
public record DefineGoal(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId goalId,
        ElementId parentId,
        @NotNull Level level,
        @Title String title,
        @FreeText String description,
        @FreeText String intendedResult,
        boolean priority,
        @Valid Tags tags) implements PlanCommand {
}
