package be.koers.planning.api;

import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.TenantScoped;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps the {@code type} of an {@link be.koers.planning.api.shared.EventEnvelope} to its event record. */
public final class EventCatalog {

    private static final Map<String, Class<? extends TenantScoped>> BY_TYPE =
            Stream.of(PlanEvent.class, LegislatureEvent.class)
                    .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
                    .map(EventCatalog::asEventClass)
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<Class<? extends TenantScoped>> eventClass(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static java.util.Set<String> types() {
        return BY_TYPE.keySet();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends TenantScoped> asEventClass(Class<?> type) {
        return (Class<? extends TenantScoped>) type;
    }
}
