package be.koers.projection;

/**
 * The order in which projections apply one event ({@code @Order} on the projection; lower runs first). Each
 * projection folds the event into its own tables, needing no other to have applied it first, so they may run in any
 * order; the one exception is the audit trail, which describes a change with the read models as they were before it.
 */
public final class ProjectionOrder {

    /** Reads the read models as they were before the event: the audit trail's "from" values. */
    public static final int BEFORE_CHANGE = -100;
    // projections without @Order run after it, in any order

    private ProjectionOrder() {
    }
}
