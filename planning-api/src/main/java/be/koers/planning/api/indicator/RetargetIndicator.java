package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetargetIndicator(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @Valid Baseline baseline,
        @NotNull @Size(max = 200) List<@NotNull @Valid Target> targets,
        @NotBlank @FreeText String reason) implements IndicatorCommand {
}
