package be.koers.query.revision;

public enum RevisionStatus {
    OPEN,
    ADOPTED,
    /** Every change made in it is void. */
    DISCARDED
}
