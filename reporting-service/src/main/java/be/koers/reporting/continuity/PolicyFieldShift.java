package be.koers.reporting.continuity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The estimated expenditure of one policy field over each legislature and the difference; {@code relativeShift} is
 * the difference as a fraction of the previous amount (0.1000 = 10 % more), null when there was none.
 */
public record PolicyFieldShift(String policyField, BigDecimal previous, BigDecimal current, BigDecimal shift,
                               BigDecimal relativeShift) {

    static PolicyFieldShift of(String policyField, BigDecimal previous, BigDecimal current) {
        BigDecimal shift = current.subtract(previous);
        return new PolicyFieldShift(policyField, previous, current, shift,
                previous.signum() == 0 ? null : shift.divide(previous, 4, RoundingMode.HALF_UP));
    }
}
