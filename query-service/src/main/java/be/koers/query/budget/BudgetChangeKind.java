package be.koers.query.budget;

/** What a budget history entry records: a first estimate, a revised estimate, or what was actually spent. */
public enum BudgetChangeKind {
    ESTIMATED, REVISED, ACTUALS
}
