package be.koers.reporting.continuity;

/** What became of a goal from one legislature to the next. */
public enum GoalChange {
    /** A goal of the new plan continues a goal of the previous one. */
    CARRIED_OVER,
    /** A goal of the previous plan that no goal of the new plan continues. */
    DROPPED,
    /** A goal of the new plan that continues nothing. */
    NEW
}
