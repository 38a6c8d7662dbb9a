package be.koers.projection;

/**
 * The order in which projections apply one event ({@code @Order} on the projection; lower runs first). Most
 * projections only read what they write and may run in any order; the audit trail must see the state before the
 * event, and the history must copy the state after it.
 */
public final class ProjectionOrder {

    /** Reads the read models as they were before the event: the audit trail's "from" values. */
    public static final int BEFORE_CHANGE = -100;
    /** Changes the working plan (plan, elements, tags) and its adopted copy. */
    public static final int CHANGE = 0;
    /** Copies the working plan as it is after the event: the history. */
    public static final int AFTER_CHANGE = 100;
    // projections without @Order run last, after all of these

    private ProjectionOrder() {
    }
}
