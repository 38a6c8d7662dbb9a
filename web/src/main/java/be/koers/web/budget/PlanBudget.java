package be.koers.web.budget;

import be.koers.planning.api.plan.Level;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan's budget as the query-service answers it ({@code GET /api/plans/{planId}/budget}): per year the plan's
 * totals, and every active element's own and rolled-up estimate and actuals.
 */
public record PlanBudget(String planId, int firstYear, int lastYear, List<Integer> years, List<YearTotal> totals,
                         List<Node> elements) {

    public PlanBudget {
        years = years == null ? List.of() : List.copyOf(years);
        totals = totals == null ? List.of() : List.copyOf(totals);
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** An estimate next to what was actually spent and received; either absent while nothing was recorded. */
    public record EstimateAndActual(Figures estimate, Figures actual) {
    }

    public record YearTotal(int year, Figures estimate, Figures actual) {
    }

    public record YearBudget(int year, EstimateAndActual own, EstimateAndActual rolledUp) {
    }

    /** An active element with its budget per year and its active children. */
    public record Node(String elementId, Level level, String title, boolean planned, List<YearBudget> years,
                       List<Node> children) {

        public Node {
            years = years == null ? List.of() : List.copyOf(years);
            children = children == null ? List.of() : List.copyOf(children);
        }

        /** Its estimated expenditure in the year with all that hangs under it; null when nothing was estimated. */
        public BigDecimal expenditure(int year) {
            return years.stream().filter(budget -> budget.year() == year).findFirst()
                    .map(YearBudget::rolledUp).map(EstimateAndActual::estimate).map(Figures::expenditure).orElse(null);
        }
    }

    /** The plan's estimate per year, for the years that have one. */
    public Map<Integer, Figures> estimates() {
        return byYear(YearTotal::estimate);
    }

    /** What the plan actually spent and received per year, for the years that have actuals. */
    public Map<Integer, Figures> actuals() {
        return byYear(YearTotal::actual);
    }

    /** Whether any actuals were recorded: until then the plan's actuals are all zero. */
    public boolean hasActuals() {
        return totals.stream().map(YearTotal::actual).anyMatch(actual -> actual != null && !actual.given().isEmpty());
    }

    private Map<Integer, Figures> byYear(Function<YearTotal, Figures> figures) {
        Map<Integer, Figures> byYear = new HashMap<>();
        totals.stream().filter(total -> figures.apply(total) != null).forEach(total -> byYear.put(total.year(), figures.apply(total)));
        return byYear;
    }

    /** Every element, parents before their children, each with its depth in the tree. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        elements.forEach(element -> collect(element, 0, rows));
        return rows;
    }

    public record Row(Node element, int depth) {
    }

    private static void collect(Node element, int depth, List<Row> rows) {
        rows.add(new Row(element, depth));
        element.children().forEach(child -> collect(child, depth + 1, rows));
    }
}
