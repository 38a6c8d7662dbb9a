package be.koers.support.security;

/**
 * What a person or machine may do in Koers, as their access token says. The README's "Who may do what" table says
 * it per endpoint family; {@link SecurityAutoConfiguration} enforces it, and the aggregates narrow SCORER to the
 * items and indicators of the scorer's own departments.
 */
public enum KoersRole {
    /** Changes the plan, indicators, budgets, revisions and continuations; records scores and progress anywhere. */
    PLANNER,
    /** Staff of a department: records scores, progress and unplanned work for their own department's work only. */
    SCORER,
    /** Reads everything of the administration, history, audit trail, raw events and integrity included; changes nothing. */
    AUDITOR,
    /** Reads the current plan, status, indicators, budgets, reports and live streams. */
    VIEWER,
    /** Keeps the administration's settings: its display names, its departments, its public page. */
    TENANT_ADMIN,
    /** Runs Koers for every administration: creates tenants, rebuilds projections, republishes events. */
    OPERATOR,
    /** A finance system (a machine client): reads, and records budget actuals and scores of any department. */
    FINANCE
}
