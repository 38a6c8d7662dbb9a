package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetFigures;

import java.time.Instant;

/** Budget figures with when and by whom they were recorded. */
public record RecordedFigures(BudgetFigures figures, Instant recordedAt, String recordedBy) {
}
