package be.koers.projection;

import be.koers.planning.api.EventCatalog;
import be.koers.planning.api.shared.TenantScoped;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses to start a service with a projection that neither handles nor ignores one of the events: without it, a new
 * event, or one a projection forgot, would pass its read model by without a trace.
 */
@Component
class EventCoverage implements SmartInitializingSingleton {

    private final List<Projection> projections;

    EventCoverage(List<Projection> projections) {
        this.projections = projections;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> gaps = projections.stream().map(EventCoverage::gap).flatMap(Optional::stream).toList();
        if (!gaps.isEmpty()) {
            throw new IllegalStateException("Projections neither handle nor ignore these events (handle them with on(...)"
                    + " or declare them with ignores(...)): " + String.join("; ", gaps));
        }
    }

    private static Optional<String> gap(Projection projection) {
        List<Class<? extends TenantScoped>> forgotten = projection.handlers().forgotten(EventCatalog.eventClasses());
        if (forgotten.isEmpty()) {
            return Optional.empty();
        }
        // a proxied projection's class is the proxy's
        return Optional.of(ClassUtils.getUserClass(projection).getName() + ": "
                + forgotten.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", ")));
    }
}
