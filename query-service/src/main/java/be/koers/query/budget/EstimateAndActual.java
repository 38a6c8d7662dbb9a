package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;

import java.math.BigDecimal;

/**
 * An estimate next to what was actually spent and received. Sums are exact: {@link BudgetFigures#plus} adds
 * BigDecimals, so a hundred lines of 0.10 make 10.00, not 9.99999999999998.
 */
public record EstimateAndActual(BudgetFigures estimate, BudgetFigures actual) {

    /** Nothing yet, with the two decimals every amount is shown with. */
    private static final BudgetFigures NO_FIGURES = new BudgetFigures(Euro.ZERO, Euro.ZERO, Euro.ZERO, Euro.ZERO,
            BigDecimal.ZERO.setScale(2));
    static final EstimateAndActual ZERO = new EstimateAndActual(NO_FIGURES, NO_FIGURES);

    static EstimateAndActual of(BudgetLine line) {
        return line == null ? new EstimateAndActual(null, null)
                : new EstimateAndActual(figuresOf(line.estimate()), figuresOf(line.actual()));
    }

    /** Adds the other's figures; what was not recorded counts as zero. */
    EstimateAndActual plus(EstimateAndActual other) {
        return new EstimateAndActual(sum(estimate, other.estimate), sum(actual, other.actual));
    }

    private static BudgetFigures sum(BudgetFigures one, BudgetFigures other) {
        return other == null ? one : one == null ? other : one.plus(other);
    }

    private static BudgetFigures figuresOf(RecordedFigures recorded) {
        return recorded == null ? null : recorded.figures();
    }
}
