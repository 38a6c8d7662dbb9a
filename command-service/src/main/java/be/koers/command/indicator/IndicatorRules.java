package be.koers.command.indicator;

import be.koers.command.common.Refusal;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.Target;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks on values and targets that an indicator's kind, direction, frequency and legislature impose. */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static Refusal valueRefusal(IndicatorKind kind, BigDecimal value, String field) {
        return kind.violation(value)
                .map(rule -> Refusal.invalid(field, rule, value.toPlainString() + " is not a valid " + kind.name().toLowerCase() + " value (" + rule + ")."))
                .orElse(null);
    }

    static void requireValueFits(IndicatorKind kind, BigDecimal value, String field) {
        Refusal refusal = valueRefusal(kind, value, field);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** A baseline is a value of the indicator's kind, like its scores and targets. */
    static void requireBaselineFits(IndicatorKind kind, Baseline baseline) {
        if (baseline != null) {
            requireFitsIfGiven(kind, baseline.value(), "baseline.value");
        }
    }

    private static void requireFitsIfGiven(IndicatorKind kind, BigDecimal value, String field) {
        if (value != null) {
            requireValueFits(kind, value, field);
        }
    }

    /**
     * Targets are for periods of a granularity the indicator can be scored in (its own or coarser), inside the
     * legislature, one per period; a band target has a lower and upper bound, other targets a value of the kind.
     */
    static void requireTargetsFit(IndicatorKind kind, Direction direction, Frequency frequency, List<Target> targets,
                                  int firstYear, int lastYear) {
        Set<String> periods = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String field = "targets[" + i + "]";
            if (!periods.add(target.period().toString())) {
                throw Refusal.invalid(field + ".period", "one-target-per-period", "There is already a target for " + target.period() + ".");
            }
            if (target.period().year() < firstYear || target.period().year() > lastYear) {
                throw Refusal.invalid(field + ".period", "within-legislature", target.period() + " lies outside the legislature " + firstYear + "-" + lastYear + ".");
            }
            if (target.period().frequency().ordinal() < frequency.ordinal()) {
                throw Refusal.invalid(field + ".period", "period-matches-frequency", "A " + frequency.name().toLowerCase()
                        + " indicator cannot have a target for " + target.period() + ".");
            }
            if (direction == Direction.TARGET_BAND) {
                if (target.lower() == null || target.upper() == null || target.lower().compareTo(target.upper()) > 0) {
                    throw Refusal.invalid(field, "band-needs-lower-and-upper", "A target band needs a lower bound not above its upper bound.");
                }
            } else if (target.value() == null) {
                throw Refusal.invalid(field + ".value", "required", "A target needs a value.");
            }
            // every number given is kept on the event, so each must fit the kind, whether the direction uses it or not
            requireFitsIfGiven(kind, target.value(), field + ".value");
            requireFitsIfGiven(kind, target.lower(), field + ".lower");
            requireFitsIfGiven(kind, target.upper(), field + ".upper");
        }
    }
}
