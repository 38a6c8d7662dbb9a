package be.koers.planning.api.continuity;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes back a continuation declared by mistake: the element counts as new again. */
public record WithdrawContinuation(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        @NotBlank @FreeText String reason) implements PlanCommand {
}
