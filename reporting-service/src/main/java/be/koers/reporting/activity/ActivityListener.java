package be.koers.reporting.activity;

import be.koers.planning.api.shared.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Feeds every Koers topic into the activity read model, a poll batch per database transaction. The offsets are
 * committed after the transaction (ack mode BATCH); a failure re-delivers the batch and the dedupe marks keep the
 * counts exact.
 */
@Component
class ActivityListener {

    private static final Logger log = LoggerFactory.getLogger(ActivityListener.class);
    private final EnvelopeReader reader;
    private final ActivityProjection projection;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter malformed;

    ActivityListener(EnvelopeReader reader, ActivityProjection projection, MeterRegistry meters) {
        this.reader = reader;
        this.projection = projection;
        this.applied = outcome(meters, "applied");
        this.duplicates = outcome(meters, "duplicate");
        this.malformed = outcome(meters, "malformed");
    }

    @KafkaListener(id = "activity", idIsGroup = false, batch = "true",
            topics = "#{T(be.koers.planning.api.shared.KoersTopics).ALL}")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope> events = records.stream().map(reader::read).flatMap(Optional::stream).toList();
        ActivityProjection.Applied result;
        try {
            result = projection.apply(events);
        } catch (RuntimeException e) {
            // The error handler retries the batch with back-off and never skips it: say why it is stuck.
            ConsumerRecord<String, String> first = records.get(0);
            log.warn("Could not apply a batch of {} records from {}-{}@{}; it will be retried: {}", records.size(),
                    first.topic(), first.partition(), first.offset(), mostSpecificMessage(e));
            throw e;
        }
        // Counted after the commit, so a retried batch is not counted twice.
        applied.increment(result.applied());
        duplicates.increment(result.duplicates());
        malformed.increment(records.size() - events.size());
    }

    private static String mostSpecificMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** The same meter as the query-service's projection (told apart by the {@code application} tag). */
    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("koers.projection.events")
                .description("Kafka records handled by the projection, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }
}
