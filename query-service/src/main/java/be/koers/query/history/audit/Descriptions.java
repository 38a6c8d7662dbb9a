package be.koers.query.history.audit;

import be.koers.planning.api.shared.EventEnvelope;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How to describe each event type. Every type of the catalogue must have a description, or the trail refuses to start:
 * a new event is a decision here too.
 */
final class Descriptions {

    private final Map<Class<?>, BiFunction<Object, EventEnvelope, Description>> byType = new HashMap<>();

    <E> Descriptions on(Class<E> type, BiFunction<E, EventEnvelope, Description> describe) {
        byType.put(type, (event, envelope) -> describe.apply(type.cast(event), envelope));
        return this;
    }

    Description describe(Object event, EventEnvelope envelope) {
        return byType.get(event.getClass()).apply(event, envelope);
    }

    void requireEvery(Collection<? extends Class<?>> eventTypes) {
        List<String> undescribed = eventTypes.stream().filter(type -> !byType.containsKey(type)).map(Class::getSimpleName)
                .sorted().toList();
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("The audit trail has no description for " + String.join(", ", undescribed)
                    + ": add one to a Describer");
        }
    }
}
