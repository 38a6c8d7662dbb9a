package be.koers.planning.api.indicator;

import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.Target;

import java.math.BigDecimal;

/**
 * Judges a score against the target that applies to its period (see {@link Targets#applicableTo}); exact decimal
 * arithmetic throughout, so a score exactly on a boundary is judged the same however it was written.
 * <ul>
 *     <li>YES_NO (whatever its direction): the value equals the target value → ON_TRACK, else OFF_TRACK.</li>
 *     <li>HIGHER_IS_BETTER: value ≥ target → ON_TRACK; value ≥ target − tolerance → AT_RISK; else OFF_TRACK.</li>
 *     <li>LOWER_IS_BETTER: value ≤ target → ON_TRACK; value ≤ target + tolerance → AT_RISK; else OFF_TRACK.</li>
 *     <li>tolerance = 10% of |target − baseline| when there is a baseline that differs from the target, else 10% of
 *     |target|: how far the plan set out to move the indicator is the measure of "nearly there".</li>
 *     <li>TARGET_BAND: lower ≤ value ≤ upper → ON_TRACK; outside the band by at most 10% of (upper − lower) →
 *     AT_RISK; else OFF_TRACK.</li>
 *     <li>No target, or a target without the value or bounds its direction needs → NO_DATA.</li>
 * </ul>
 * The rules as a whole, with the roll-up: {@code query-service/STATUS-RULES.md}.
 */
public final class IndicatorRule {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private IndicatorRule() {
    }

    public static TrackStatus judge(IndicatorKind kind, Direction direction, Baseline baseline, Target target, BigDecimal value) {
        if (target == null) {
            return TrackStatus.NO_DATA;
        }
        if (kind == IndicatorKind.YES_NO) {
            return target.value() == null ? TrackStatus.NO_DATA
                    : value.compareTo(target.value()) == 0 ? TrackStatus.ON_TRACK : TrackStatus.OFF_TRACK;
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> target.value() == null ? TrackStatus.NO_DATA
                    : higherIsBetter(value, target.value(), tolerance(target.value(), baseline));
            // mirrored: the distance below the target is the distance the value stays under it
            case LOWER_IS_BETTER -> target.value() == null ? TrackStatus.NO_DATA
                    : higherIsBetter(value.negate(), target.value().negate(), tolerance(target.value(), baseline));
            case TARGET_BAND -> target.lower() == null || target.upper() == null ? TrackStatus.NO_DATA
                    : band(value, target.lower(), target.upper());
        };
    }

    private static TrackStatus higherIsBetter(BigDecimal value, BigDecimal target, BigDecimal tolerance) {
        if (value.compareTo(target) >= 0) {
            return TrackStatus.ON_TRACK;
        }
        return value.compareTo(target.subtract(tolerance)) >= 0 ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
    }

    private static BigDecimal tolerance(BigDecimal target, Baseline baseline) {
        BigDecimal distance = baseline != null && baseline.value().compareTo(target) != 0
                ? target.subtract(baseline.value()).abs()
                : target.abs();
        return distance.multiply(TEN_PERCENT);
    }

    private static TrackStatus band(BigDecimal value, BigDecimal lower, BigDecimal upper) {
        if (value.compareTo(lower) >= 0 && value.compareTo(upper) <= 0) {
            return TrackStatus.ON_TRACK;
        }
        BigDecimal margin = upper.subtract(lower).multiply(TEN_PERCENT);
        return value.compareTo(lower.subtract(margin)) >= 0 && value.compareTo(upper.add(margin)) <= 0
                ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
    }
}
