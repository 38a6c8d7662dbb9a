package be.koers.reporting.budget;

import java.util.Collection;
import java.util.Map;

/** The budget lines of one plan: per element and year. */
public final class BudgetBook {

    private final Map<String, Map<Integer, YearBudget>> lines;

    BudgetBook(Map<String, Map<Integer, YearBudget>> lines) {
        this.lines = lines;
    }

    /** The element's own lines (not its children's) summed over the years. */
    public YearBudget own(String elementId, Collection<Integer> years) {
        Map<Integer, YearBudget> byYear = lines.getOrDefault(elementId, Map.of());
        YearBudget sum = YearBudget.ZERO;
        for (Integer year : years) {
            sum = sum.plus(byYear.getOrDefault(year, YearBudget.ZERO));
        }
        return sum;
    }
}
