package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireIndicator(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @NotBlank @FreeText String reason) implements IndicatorCommand {
}
