package be.koers.command.common;

import com.fasterxml.jackson.core.JsonFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How commands are checked, targeted and traced, and how large aggregates stay cheap to load. */
@Configuration
public class AxonConfiguration {

    /** Commands are validated (Bean Validation on the planning-api records) before any aggregate is loaded. */
    @Bean
    BeanValidationInterceptor<CommandMessage<?>> commandValidation(CommandBus commandBus) {
        BeanValidationInterceptor<CommandMessage<?>> interceptor = new BeanValidationInterceptor<>();
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }

    /**
     * Events inherit the actor (name and subject), the reason and the correlation id of the command that caused them. This replaces
     * Axon's MessageOriginProvider, which would overwrite a client's correlation id with the command's message id.
     */
    @Bean
    CorrelationDataProvider changeMetadataProvider() {
        return new SimpleCorrelationDataProvider(ChangeMetadata.ACTOR, ChangeMetadata.ACTOR_SUBJECT, ChangeMetadata.REASON,
                ChangeMetadata.CORRELATION_ID);
    }

    /** Duplicate keys in the event store (PostgreSQL SQLSTATE 23505) are concurrent writes or reused ids, not failures. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * A plan of Ghent's size has tens of thousands of events: a snapshot every {@code koers.snapshot.every} events
     * bounds what a load replays, and the cache spares most loads entirely.
     */
    @Bean
    SnapshotTriggerDefinition planSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${koers.snapshot.every:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * An indicator gains one event a period and never reaches the plan's threshold (72 monthly scores in a
     * legislature), so without its own it was sourced from all its scores on every load: at Flanders scale the
     * monthly uploads slowed from 1 100 to 300 scores/s as the years filled. A snapshot every
     * {@code koers.snapshot.indicator-every} events keeps a load at one snapshot and at most that many scores.
     */
    @Bean
    SnapshotTriggerDefinition indicatorSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${koers.snapshot.indicator-every:12}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Jackson interns every field name it reads. A plan's snapshot is keyed by its element ids, unique to that plan,
     * so loading it interned thousands of names never seen again: at Flanders scale, with plans edited at random
     * across 300 administrations, loading snapshots was 70% of a plan edit's CPU, and reading 300 plans' snapshots
     * without interning took half the time. The same mapper serves Axon and the web layer.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer fieldNamesNotInterned() {
        return builder -> builder.factory(JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build());
    }

    /*
     * A cache per aggregate type: the caches are keyed by aggregate id only, so one shared cache would hand a cached
     * plan to a command that names the plan's id as an indicator's. With its own cache and events filtered by type,
     * an id of another aggregate type is simply unknown (404).
     */
    @Bean
    Cache planCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache indicatorCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache legislatureCache() {
        return new WeakReferenceCache();
    }

    /** Targets by the command's annotated identifier and, when the client sent If-Match, its expected version. */
    @Bean
    CommandTargetResolver versionAwareTargetResolver() {
        AnnotationCommandTargetResolver byAnnotation = AnnotationCommandTargetResolver.builder().build();
        return command -> {
            VersionedAggregateIdentifier target = byAnnotation.resolveTarget(command);
            Object expected = command.getMetaData().get(ChangeMetadata.EXPECTED_VERSION);
            return expected == null ? target
                    : new VersionedAggregateIdentifier(target.getIdentifierValue(), ((Number) expected).longValue());
        };
    }
}
