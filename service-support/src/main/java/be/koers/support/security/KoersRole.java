package be.koers.support.security;

public enum KoersRole {
    /** Reads plans, history and reports. */
    VIEWER,
    /** Staff of a department: record indicator scores and the progress of their activities and actions. */
    STAFF,
    /** Defines and revises the plan; records scores and progress. */
    PLANNER,
    /** A finance system (a machine client): reads, and records budget actuals and indicator scores. */
    FINANCE,
    /** Operates Koers: projection rebuilds, event republication. */
    ADMIN
}
