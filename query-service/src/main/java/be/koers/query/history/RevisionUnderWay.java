package be.koers.query.history;

/** The revision of a plan being worked on, as the audit trail names it. */
public record RevisionUnderWay(int number, String name) {
}
