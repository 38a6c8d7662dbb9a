package be.koers.planning.api.indicator;

/** How a score compares to its target. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** On target when the score lies between the target's lower and upper bound. */
    TARGET_BAND
}
