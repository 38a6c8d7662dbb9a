package be.koers.planning.api;

import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.DomainEvent;
import be.koers.planning.api.shared.EarlierRevision;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event Koers publishes, by the {@code type} of its {@link be.koers.planning.api.shared.EventEnvelope}: each
 * concrete {@link DomainEvent} of this package, found on the classpath when the catalogue is first used, so a new
 * event is known to every consumer without being listed anywhere.
 * <p>
 * The type is the simple name and the reader checks the {@link Revision}, so the catalogue refuses to load (and the
 * service reading events to start) when two events share a simple name, an event has no revision, or a class has a
 * revision but is no {@link DomainEvent} (an event that forgot its family would be published but never read).
 * Each earlier revision of an event that Kafka may still hold is listed here, with how it reads in the current one.
 */
public final class EventCatalog {

    private static final Map<String, Class<? extends TenantScoped>> BY_TYPE = eventsUnder(EventCatalog.class.getPackageName());

    /** Envelopes published before their event's record changed stay on the topics, which are kept forever. */
    private static final List<EarlierRevision> EARLIER_REVISIONS = List.of(RevisionDiscarded.REVISION_1);

    private EventCatalog() {
    }

    public static Optional<Class<? extends TenantScoped>> eventClass(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Set<String> types() {
        return BY_TYPE.keySet();
    }

    public static Collection<Class<? extends TenantScoped>> eventClasses() {
        return BY_TYPE.values();
    }

    /** The events of the package and its subpackages by simple name; an inconsistent set is an error. */
    static Map<String, Class<? extends TenantScoped>> eventsUnder(String basePackage) {
        ClassLoader loader = EventCatalog.class.getClassLoader();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<Class<?>> candidates = scanner.findCandidateComponents(basePackage).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
                .toList();
        Map<String, List<Class<?>>> bySimpleName = candidates.stream()
                .collect(Collectors.groupingBy(Class::getSimpleName, TreeMap::new, Collectors.toList()));
        List<String> faults = Stream.concat(candidates.stream().map(EventCatalog::fault).flatMap(Optional::stream),
                bySimpleName.values().stream().filter(same -> same.size() > 1).map(EventCatalog::sameType)).toList();
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The events under " + basePackage + " are inconsistent: "
                    + String.join("; ", faults));
        }
        return bySimpleName.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> entry.getValue().get(0).asSubclass(TenantScoped.class)));
    }

    private static Optional<String> fault(Class<?> candidate) {
        if (!DomainEvent.class.isAssignableFrom(candidate)) {
            return Optional.of(candidate.getName() + " has a @Revision but is no DomainEvent");
        }
        if (!candidate.isAnnotationPresent(Revision.class)) {
            return Optional.of(candidate.getName() + " has no @Revision");
        }
        return Optional.empty();
    }

    private static String sameType(List<Class<?>> events) {
        return events.stream().map(Class::getName).sorted().collect(Collectors.joining(" and ", "", " share the type "))
                + events.get(0).getSimpleName();
    }

    /**
     * The envelope with its payload in the revision of this version's record, rewritten step by step as the
     * command-service's upcasters rewrite the stored event, when it is of an earlier revision listed here; any other
     * envelope as it is.
     */
    public static EventEnvelope inCurrentRevision(EventEnvelope envelope) {
        return EARLIER_REVISIONS.stream().filter(earlier -> earlier.isOf(envelope)).findFirst()
                .map(earlier -> inCurrentRevision(earlier.readAsNext(envelope)))
                .orElse(envelope);
    }
}
