package be.koers.query.budget;

import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;

import java.util.List;

/** One element's own budget lines, by year, and how they came about, oldest first. */
public record ElementBudgetView(String elementId, Level level, String title, ElementStatus status, List<BudgetLine> lines,
                                List<BudgetChange> history) {
}
