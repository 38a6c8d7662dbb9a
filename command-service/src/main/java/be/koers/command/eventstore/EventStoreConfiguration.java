package be.koers.command.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import java.time.Duration;

/**
 * The event store on PostgreSQL through Axon's JDBC engine: snake_case tables created by Flyway (V1), JSON as
 * TEXT so auditors can read events with plain SQL, and the tracking tokens in the same database.
 */
@Configuration
public class EventStoreConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    @DependsOn("flywayInitializer")
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    @DependsOn("flywayInitializer")
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer defaultSerializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(defaultSerializer)
                .schema(tokenSchema)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }
}
