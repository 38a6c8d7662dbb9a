package be.koers.projection;

import java.util.List;

/**
 * A read model kept up to date from events. Its handlers run inside the transaction that marks the event as applied,
 * so a table never shows an event twice or half of one. Projections apply an event one after the other, in no order
 * that matters: each folds it into its own tables and reads no other's.
 * <p>
 * That transaction applies a whole poll of one consumer thread, while other threads apply other partitions. A row
 * that only one aggregate's events write is only ever locked by one thread; a row that events of several aggregates
 * write (a counter per plan for the plan's and its indicators' events, a tally per tenant) goes through
 * {@link SharedRowWrites}, or two threads could deadlock on it.
 */
public interface Projection {

    /**
     * What to do per event class, and which events it ignores: every event is one or the other, or the service does
     * not start ({@link EventCoverage}).
     */
    EventHandlers handlers();

    /** The tables this projection writes; a rebuild empties them before replaying the topics. */
    List<String> tables();
}
