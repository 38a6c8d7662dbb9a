package be.koers.reporting.realisation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole, by number of items and by euro; null where the whole is zero. Fractions, 0.2500 = 25 %. */
public record Share(BigDecimal byCount, BigDecimal byBudget) {

    private static final int SCALE = 4;

    static Share of(long partCount, long wholeCount, BigDecimal partEuro, BigDecimal wholeEuro) {
        return new Share(fraction(BigDecimal.valueOf(partCount), BigDecimal.valueOf(wholeCount)), fraction(partEuro, wholeEuro));
    }

    private static BigDecimal fraction(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
