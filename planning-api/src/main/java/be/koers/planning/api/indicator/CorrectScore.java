package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.WebLink;
import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Supersedes the score of a period; {@code correctsRevision} is the revision the corrector saw, so two people correcting at once cannot silently overwrite each other. */
public record CorrectScore(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @NotNull MeasurementPeriod period,
        @NotNull BigDecimal value,
        @FreeText String comment,
        @WebLink String evidenceLink,
        @NotBlank @FreeText String reason,
        @Min(1) int correctsRevision) implements IndicatorCommand {
}
