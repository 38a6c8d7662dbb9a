package be.koers.projection;

import java.util.List;

/**
 * A read model kept up to date from events. Its handlers run inside the transaction that marks the event as applied,
 * so a table never shows an event twice or half of one. Projections apply an event one after the other, in the order
 * {@link ProjectionOrder} gives them.
 */
public interface Projection {

    /** What to do per event class; events no handler accepts are none of this projection's business. */
    EventHandlers handlers();

    /** The tables this projection writes; a rebuild empties them before replaying the topics. */
    List<String> tables();
}
