package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.WebLink;
import be.koers.planning.api.shared.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One score to record: for an indicator and a period, a value with an optional comment and evidence link. */
public record ScoreRow(
        @NotNull IndicatorId indicatorId,
        @NotNull MeasurementPeriod period,
        @NotNull BigDecimal value,
        @FreeText String comment,
        @WebLink String evidenceLink) {
}
