package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.WebLink;
import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordScore(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @NotNull MeasurementPeriod period,
        @NotNull BigDecimal value,
        @FreeText String comment,
        @WebLink String evidenceLink) implements IndicatorCommand {
}
