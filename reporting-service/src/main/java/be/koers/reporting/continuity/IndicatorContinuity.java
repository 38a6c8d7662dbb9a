package be.koers.reporting.continuity;

import java.math.BigDecimal;

/**
 * An indicator across two legislatures: the last value measured under the previous plan and the first under the new
 * one. One side is null for an indicator that was dropped or is new.
 */
public record IndicatorContinuity(IndicatorSide previous, IndicatorSide current, BigDecimal change) {

    public record IndicatorSide(String indicatorId, String name, String unit, String period, BigDecimal value) {
    }

    static IndicatorContinuity of(IndicatorSide previous, IndicatorSide current) {
        BigDecimal change = previous != null && current != null && previous.value() != null && current.value() != null
                ? current.value().subtract(previous.value()) : null;
        return new IndicatorContinuity(previous, current, change);
    }
}
