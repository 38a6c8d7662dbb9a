package be.koers.query.budget;

import be.koers.planning.api.plan.Level;

import java.util.List;

/** An active element in the plan's budget tree, with its budget per year and its active children. */
public record ElementBudgetNode(String elementId, Level level, String title, List<YearBudget> years,
                                List<ElementBudgetNode> children) {
}
