package be.koers.planning.api.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/** What an indicator measures, and so which values a score may take. */
public enum IndicatorKind {
    /** Any decimal number. */
    NUMBER,
    /** 0 to 100. */
    PERCENTAGE,
    /** Euro, at most two decimals. */
    MONEY,
    /** 1 for yes, 0 for no. */
    YES_NO;

    /** The rule a value breaks for this kind, if any. */
    public Optional<String> violation(BigDecimal value) {
        return switch (this) {
            case NUMBER -> Optional.empty();
            case PERCENTAGE -> value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Optional.of("percentage-between-0-and-100") : Optional.empty();
            case MONEY -> value.stripTrailingZeros().scale() > 2 ? Optional.of("money-at-most-two-decimals") : Optional.empty();
            case YES_NO -> value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0
                    ? Optional.of("yes-no-is-0-or-1") : Optional.empty();
        };
    }
}
