package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A projection into tables of its own: it names them once, when it is made, and registers a handler per event class
 * in its constructor ({@link #on}), in the order they are to run, and declares the events it has no use for
 * ({@link #ignores}).
 */
public abstract class TableProjection implements Projection {

    private final List<String> tables;
    private final EventHandlers handlers = new EventHandlers();

    /** @param tables the tables it writes, which a rebuild empties */
    protected TableProjection(String... tables) {
        this.tables = List.of(tables);
    }

    /** Handles events of the class, or of every class implementing it (such as every plan event). */
    protected final <E> void on(Class<E> eventType, BiConsumer<E, EventEnvelope> handler) {
        handlers.on(eventType, handler);
    }

    /**
     * Declares events, or interfaces such as every indicator event, this projection has no use for. An event it
     * neither handles nor ignores stops the service at start ({@link EventCoverage}): a new event is a decision.
     */
    protected final void ignores(Class<?>... eventTypes) {
        handlers.ignore(eventTypes);
    }

    // not final: a projection with transactional questions is proxied, and only an overridable method reaches the
    // projection itself rather than the proxy's uninitialised fields
    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Override
    public List<String> tables() {
        return tables;
    }
}
