package be.koers.support.security;

public enum KoersRole {
    /** Reads plans, history and reports. */
    VIEWER,
    /** Defines and revises the plan; records scores and progress. */
    PLANNER,
    /** Operates Koers: projection rebuilds, event republication. */
    ADMIN
}
