package be.koers.reporting.budget;

import be.koers.planning.api.budget.BudgetFigures;

import java.math.BigDecimal;

/** The estimate and the actuals of one element in one year, or summed over several; missing figures are zero. */
public record YearBudget(BudgetFigures estimate, BudgetFigures actual) {

    private static final BudgetFigures NOTHING = new BudgetFigures(null, null, null, null, null);
    public static final YearBudget ZERO = new YearBudget(NOTHING, NOTHING);

    public YearBudget plus(YearBudget other) {
        return new YearBudget(estimate.plus(other.estimate), actual.plus(other.actual));
    }

    /** Operating plus investment expenditure: what reports call the budget of a goal or item. */
    public BigDecimal estimatedExpenditure() {
        return expenditure(estimate);
    }

    public BigDecimal actualExpenditure() {
        return expenditure(actual);
    }

    private static BigDecimal expenditure(BudgetFigures figures) {
        return figures.operatingExpenditure().amount().add(figures.investmentExpenditure().amount());
    }
}
