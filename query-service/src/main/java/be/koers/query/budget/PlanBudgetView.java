package be.koers.query.budget;

import java.util.List;

/** A plan's budget: per year of the legislature (or the one asked for), the totals and every active element's. */
public record PlanBudgetView(String planId, int firstYear, int lastYear, List<Integer> years, List<YearTotal> totals,
                             List<ElementBudgetNode> elements) {
}
