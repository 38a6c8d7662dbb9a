package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The handlers of one projection, and the events it ignores on purpose. A handler registered for an interface (such
 * as every plan event) runs for each event implementing it; handlers run in the order they were registered.
 */
public final class EventHandlers {

    private final List<Handler<?>> handlers = new ArrayList<>();
    private final List<Class<?>> ignored = new ArrayList<>();
    private final List<BiConsumer<TenantScoped, EventEnvelope>> first = new ArrayList<>();

    public <E> EventHandlers on(Class<E> eventType, BiConsumer<E, EventEnvelope> handler) {
        handlers.add(new Handler<>(eventType, handler));
        return this;
    }

    /**
     * Runs for every event, before the handlers: a part of the projection that sees each event as it comes (such as an
     * audit line) without being a decision on which events the projection handles or ignores.
     */
    public EventHandlers first(BiConsumer<TenantScoped, EventEnvelope> handler) {
        first.add(handler);
        return this;
    }

    /** Event classes, or interfaces such as every indicator event, that none of the handlers is meant to see. */
    public EventHandlers ignore(Class<?>... eventTypes) {
        ignored.addAll(List.of(eventTypes));
        return this;
    }

    /** Those of the event classes that no handler accepts and that were not declared ignored. */
    <C extends Class<?>> List<C> forgotten(Collection<C> eventClasses) {
        return eventClasses.stream().filter(eventClass -> !covers(eventClass)).toList();
    }

    private boolean covers(Class<?> eventClass) {
        return Stream.concat(handlers.stream().map(Handler::eventType), ignored.stream())
                .anyMatch(type -> type.isAssignableFrom(eventClass));
    }

    void apply(Object event, EventEnvelope envelope) {
        if (event instanceof TenantScoped scoped) {
            first.forEach(handler -> handler.accept(scoped, envelope));
        }
        handlers.forEach(handler -> handler.applyIfAccepted(event, envelope));
    }

    private record Handler<E>(Class<E> eventType, BiConsumer<E, EventEnvelope> action) {

        void applyIfAccepted(Object event, EventEnvelope envelope) {
            if (eventType.isInstance(event)) {
                action.accept(eventType.cast(event), envelope);
            }
        }
    }
}
