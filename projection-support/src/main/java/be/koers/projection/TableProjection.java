package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A projection into tables of its own: it names them with {@link OwnsTables}, registers a handler per event class in
 * its constructor ({@link #on}), in the order they are to run, and declares the events it has no use for
 * ({@link #ignores}).
 */
public abstract class TableProjection implements Projection {

    private final List<String> tables;
    private final EventHandlers handlers = new EventHandlers();

    protected TableProjection() {
        // found on a superclass too: a projection with transactional questions is made as a subclass of itself
        OwnsTables owned = AnnotatedElementUtils.findMergedAnnotation(getClass(), OwnsTables.class);
        if (owned == null) {
            throw new IllegalStateException(getClass().getName() + " does not name the tables it writes (@OwnsTables)");
        }
        this.tables = List.of(owned.value());
    }

    /** Handles events of the class, or of every class implementing it (such as every plan event). */
    protected final <E> void on(Class<E> eventType, BiConsumer<E, EventEnvelope> handler) {
        handlers.on(eventType, handler);
    }

    /** Has every event go through the handler first, before the handlers registered with {@link #on}. */
    protected final void first(BiConsumer<TenantScoped, EventEnvelope> handler) {
        handlers.first(handler);
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
