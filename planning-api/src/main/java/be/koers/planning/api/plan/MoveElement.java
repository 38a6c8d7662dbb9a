package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Re-parents a goal, action plan or item; the template's rules apply as when it was defined. */
public record MoveElement(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        ElementId parentId) implements PlanCommand {
}
