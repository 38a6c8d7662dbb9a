package be.koers.planning.api.indicator;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where the indicator stood when the plan started. */
public record Baseline(@NotNull BigDecimal value, @NotNull LocalDate date) {
}
