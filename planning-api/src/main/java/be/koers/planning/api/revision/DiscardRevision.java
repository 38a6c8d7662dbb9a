package be.koers.planning.api.revision;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drops the open revision and every change made in it; the adopted plan stays as it was. */
public record DiscardRevision(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotBlank @FreeText String reason) implements PlanCommand {
}
