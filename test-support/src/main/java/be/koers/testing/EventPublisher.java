package be.koers.testing;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.TenantCommand;
import be.koers.planning.api.tenant.TenantEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.serialization.Revision;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes planning-api events exactly as the command-service does: an {@link EventEnvelope} as JSON on the
 * aggregate type's topic, keyed by aggregate id, with consecutive sequence numbers per aggregate from 0. Envelopes
 * are stamped now, by "planner", without a reason, unless told otherwise ({@link #at}, {@link #by}).
 */
public final class EventPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private Supplier<Instant> clock = () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String actor = "planner";
    private String reason;

    public EventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Stamps the following envelopes with the clock's instants, such as a test timeline's. */
    public EventPublisher at(Supplier<Instant> clock) {
        this.clock = clock;
        return this;
    }

    /** The user and the X-Change-Reason (null for none) of the following envelopes. */
    public EventPublisher by(String actor, String reason) {
        this.actor = actor;
        this.reason = reason;
        return this;
    }

    /** Publishes the events in order and waits until Kafka acknowledged them all. */
    public List<ProducerRecord<String, String>> publish(List<? extends TenantScoped> events) {
        List<ProducerRecord<String, String>> records = events.stream().map(this::record).toList();
        send(records);
        return records;
    }

    public ProducerRecord<String, String> publish(TenantScoped event) {
        return publish(List.of(event)).get(0);
    }

    /** The sequence number of the aggregate's last event enveloped so far; -1 before its first. */
    public long lastSequence(String aggregateId) {
        return nextSequence.getOrDefault(aggregateId, 0L) - 1;
    }

    /** The record the command-service would publish for the aggregate's next event. */
    public ProducerRecord<String, String> record(TenantScoped event) {
        return record(envelope(event));
    }

    /** The envelope of the aggregate's next event: its sequence number, instant, actor and reason. */
    public EventEnvelope envelope(TenantScoped event) {
        String aggregateId = aggregateIdOf(event);
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        return new EventEnvelope(UUID.randomUUID().toString(), event.getClass().getSimpleName(),
                event.getClass().getAnnotation(Revision.class).value(), event.tenant().value(), aggregateTypeOf(event),
                aggregateId, sequence, clock.get(), actor, UUID.randomUUID().toString(), reason, json.valueToTree(event));
    }

    public ProducerRecord<String, String> record(EventEnvelope envelope) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(KoersTopics.forAggregateType(envelope.aggregateType()),
                    envelope.aggregateId(), json.writeValueAsString(envelope));
            record.headers()
                    .add("koers-event-id", envelope.eventId().getBytes(StandardCharsets.UTF_8))
                    .add("koers-sequence", Long.toString(envelope.sequenceNumber()).getBytes(StandardCharsets.UTF_8))
                    .add("koers-type", envelope.type().getBytes(StandardCharsets.UTF_8));
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends records as they are (again, for a redelivery) and waits for Kafka's acknowledgements. */
    public List<RecordMetadata> send(List<ProducerRecord<String, String>> records) {
        List<CompletableFuture<RecordMetadata>> sent = records.stream()
                .map(record -> kafka.send(record).thenApply(result -> result.getRecordMetadata()))
                .toList();
        return sent.stream().map(future -> {
            try {
                return future.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge a test record", e);
            }
        }).toList();
    }

    private static String aggregateIdOf(TenantScoped event) {
        if (event instanceof PlanEvent plan) {
            return plan.planId().value();
        }
        if (event instanceof IndicatorEvent indicator) {
            return indicator.indicatorId().value();
        }
        if (event instanceof TenantEvent tenant) {
            return TenantCommand.streamOf(tenant.tenant());
        }
        return ((LegislatureEvent) event).legislatureId().value();
    }

    private static String aggregateTypeOf(TenantScoped event) {
        if (event instanceof PlanEvent) {
            return "Plan";
        }
        if (event instanceof TenantEvent) {
            return "Tenant";
        }
        return event instanceof IndicatorEvent ? "Indicator" : "Legislature";
    }
}
