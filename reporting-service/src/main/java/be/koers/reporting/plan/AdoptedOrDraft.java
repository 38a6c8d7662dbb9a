package be.koers.reporting.plan;

/** Which state of the plan a report shows while a revision is open. */
public enum AdoptedOrDraft {
    /** The last adopted edition, plus unplanned work: what the council decided and what was done besides. */
    ADOPTED,
    /** With the open revision's changes. */
    DRAFT
}
