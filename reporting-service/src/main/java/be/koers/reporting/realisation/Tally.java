package be.koers.reporting.realisation;

import java.math.BigDecimal;

/**
 * A number of items with their budget over the legislature: estimated and actual expenditure (operating plus
 * investment), in euro.
 */
public record Tally(long count, BigDecimal estimatedExpenditure, BigDecimal actualExpenditure) {

    public static final Tally NONE = new Tally(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public Tally plus(Tally other) {
        return new Tally(count + other.count, estimatedExpenditure.add(other.estimatedExpenditure),
                actualExpenditure.add(other.actualExpenditure));
    }
}
