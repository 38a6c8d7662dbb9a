package be.koers.planning.api.continuity;

import be.koers.planning.api.indicator.IndicatorCommand;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declares that an indicator continues an indicator of an earlier legislature's plan, measured in the same unit, so
 * the two series can be read as one; declaring again replaces the earlier declaration.
 */
public record DeclareIndicatorContinuation(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @NotNull IndicatorId previousIndicatorId) implements IndicatorCommand {
}
