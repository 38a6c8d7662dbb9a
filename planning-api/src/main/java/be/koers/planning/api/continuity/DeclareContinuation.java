package be.koers.planning.api.continuity;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declares that an element of this plan continues an element of the plan of an earlier legislature of the same
 * administration; declaring again replaces the earlier declaration. The two must be of the same kind (goal, action
 * plan, or activity/action).
 */
public record DeclareContinuation(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId elementId,
        @NotNull PlanId previousPlanId,
        @NotNull ElementId previousElementId) implements PlanCommand {
}
