package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The handlers of one projection. A handler registered for an interface (such as every plan event) runs for each
 * event implementing it; handlers run in the order they were registered.
 */
public final class EventHandlers {

    private final List<Handler<?>> handlers = new ArrayList<>();

    public <E> EventHandlers on(Class<E> eventType, BiConsumer<E, EventEnvelope> handler) {
        handlers.add(new Handler<>(eventType, handler));
        return this;
    }

    void apply(Object event, EventEnvelope envelope) {
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
