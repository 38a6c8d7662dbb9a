package be.koers.planning.api.indicator;

import be.koers.planning.api.budget.Euro;

import java.math.BigDecimal;
import java.util.Optional;

/** What an indicator measures, and so which values a score may take. */
public enum IndicatorKind {
    /** A decimal number, |x| at most 10^12 with at most 6 decimals. */
    NUMBER,
    /** 0 to 100, at most 6 decimals. */
    PERCENTAGE,
    /** Euro, at most two decimals, |x| at most 999 999 999 999.99. */
    MONEY,
    /** 1 for yes, 0 for no. */
    YES_NO;

    private static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(12);

    /** The rule a value (a score, a baseline, a target) breaks for this kind, if any. */
    public Optional<String> violation(BigDecimal value) {
        return switch (this) {
            case NUMBER -> value.abs().compareTo(NUMBER_LIMIT) > 0 ? Optional.of("number-at-most-10-to-the-12")
                    : value.stripTrailingZeros().scale() > 6 ? Optional.of("number-at-most-six-decimals") : Optional.empty();
            case PERCENTAGE -> value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Optional.of("percentage-between-0-and-100")
                    : value.stripTrailingZeros().scale() > 6 ? Optional.of("percentage-at-most-six-decimals") : Optional.empty();
            case MONEY -> value.abs().compareTo(Euro.MAX) > 0 ? Optional.of("money-at-most-999999999999.99")
                    : value.stripTrailingZeros().scale() > 2 ? Optional.of("money-at-most-two-decimals") : Optional.empty();
            case YES_NO -> value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0
                    ? Optional.of("yes-no-is-0-or-1") : Optional.empty();
        };
    }
}
