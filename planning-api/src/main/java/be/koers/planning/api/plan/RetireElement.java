package be.koers.planning.api.plan;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires an element that has no active children; the reason is kept. */
public record RetireElement(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        @NotBlank @FreeText String reason) implements PlanCommand {
}
