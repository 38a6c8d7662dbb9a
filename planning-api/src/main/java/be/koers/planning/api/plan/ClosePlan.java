package be.koers.planning.api.plan;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the plan at the end of its legislature: nothing in it can change any more. */
public record ClosePlan(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotBlank @FreeText String reason) implements PlanCommand {
}
