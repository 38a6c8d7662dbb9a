package be.koers.command.publication;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.KoersTopics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to Kafka. The processor's token (in PostgreSQL, next to the events) advances only
 * after Kafka acknowledged the whole batch, so a crash between store and publish re-sends instead of losing:
 * at-least-once, keyed by aggregate so the order per aggregate holds.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";
    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeFactory envelopes;
    private final MeterRegistry meters;

    public KafkaEventPublisher(KafkaTemplate<String, String> kafka, EnvelopeFactory envelopes, MeterRegistry meters) {
        this.kafka = kafka;
        this.envelopes = envelopes;
        this.meters = meters;
    }

    @EventHandler
    void publish(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event)) {
            return;
        }
        EventEnvelope envelope = envelopes.envelope(event);
        String topic = KoersTopics.forAggregateType(envelope.aggregateType());
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, envelope.aggregateId(), envelopes.toJson(envelope));
        record.headers()
                .add("koers-event-id", envelope.eventId().getBytes(StandardCharsets.UTF_8))
                .add("koers-sequence", Long.toString(envelope.sequenceNumber()).getBytes(StandardCharsets.UTF_8))
                .add("koers-type", envelope.type().getBytes(StandardCharsets.UTF_8));
        pendingSends().add(kafka.send(record).thenApply(result -> countPublished(topic, envelope, result)));
    }

    /** The sends of the current batch; before the batch commits (and the token moves) all must be acknowledged. */
    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing; the batch will be retried", e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Kafka did not acknowledge a batch of {} events; it will be retried: {}", sends.size(), e.toString());
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be retried", e);
        }
    }

    private SendResult<String, String> countPublished(String topic, EventEnvelope envelope, SendResult<String, String> result) {
        Counter.builder("koers.events.published")
                .description("Events acknowledged by Kafka, by topic")
                .tag("topic", topic)
                .register(meters)
                .increment();
        // the first leg of the lag a reader sees: stored in the event store → acknowledged by Kafka
        Timer.builder("koers.events.publication.lag")
                .description("From an event's storage to Kafka's acknowledgement of it")
                .publishPercentiles(0.5, 0.99)
                .register(meters)
                .record(Duration.between(envelope.timestamp(), Instant.now()));
        return result;
    }
}
