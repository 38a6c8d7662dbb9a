package be.koers.planning.api.plan;

/** Action types by the administration's power to push the action through (doorzettingsmacht). */
public enum ActionType {
    /** The administration carries it out itself. */
    OPERATIONAL,
    /** Carried out if its preconditions hold; the preconditions are monitored. */
    CONDITIONAL_OPERATIONAL,
    /** Steering others: legal, financial or field coordination (regie). */
    COORDINATION,
    /** Finding out whether other actors will work towards a shared goal. */
    NETWORK_EXPLORATION
}
