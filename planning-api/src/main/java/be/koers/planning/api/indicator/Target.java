package be.koers.planning.api.indicator;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * What the indicator should reach in a period: a value, or for a target band its lower and upper bound
 * (both included).
 */
public record Target(@NotNull MeasurementPeriod period, BigDecimal value, BigDecimal lower, BigDecimal upper) {
}
