package be.koers.query.history.audit;

import be.koers.planning.api.shared.EventEnvelope;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How to describe each event type. A type nobody describes still gets a line, named after its type, so the trail
 * misses no event.
 */
final class Descriptions {

    private final Map<Class<?>, BiFunction<Object, EventEnvelope, Description>> byType = new HashMap<>();

    <E> Descriptions on(Class<E> type, BiFunction<E, EventEnvelope, Description> describe) {
        byType.put(type, (event, envelope) -> describe.apply(type.cast(event), envelope));
        return this;
    }

    Description describe(Object event, EventEnvelope envelope) {
        BiFunction<Object, EventEnvelope, Description> describe = byType.get(event.getClass());
        return describe == null ? Description.of(envelope.type() + " recorded") : describe.apply(event, envelope);
    }
}
