package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Feeds every record of the event topics to the projections. A record is acknowledged only after its transaction
 * committed, so a crash re-delivers rather than loses; the duplicate check makes the re-delivery harmless.
 */
@Component
class ProjectionListener {

    /** The listener container's id, by which a rebuild stops and restarts it. */
    static final String ID = "koers-projection";

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final EnvelopeDecoder decoder;
    private final EventProjector projector;
    private final ProjectionMetrics metrics;
    private final ReplayProgress replay;

    ProjectionListener(EnvelopeDecoder decoder, EventProjector projector, ProjectionMetrics metrics, ReplayProgress replay) {
        this.decoder = decoder;
        this.projector = projector;
        this.metrics = metrics;
        this.replay = replay;
    }

    /** Every topic of {@link KoersTopics#ALL}: a topic missing here would silently leave its read models empty. */
    @KafkaListener(id = ID, idIsGroup = false, topics = "#{T(be.koers.planning.api.shared.KoersTopics).ALL}")
    void onRecord(ConsumerRecord<String, String> record, Acknowledgment acknowledgment) {
        metrics.count(project(record));
        replay.processed(record);
        acknowledgment.acknowledge();
    }

    private Outcome project(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope envelope = decoder.envelope(record.value());
            Optional<TenantScoped> event = decoder.event(envelope);
            if (event.isEmpty()) {
                log.warn("Skipping event {} of unknown type {} revision {} at {}", envelope.eventId(), envelope.type(),
                        envelope.version(), coordinates(record));
                return Outcome.UNKNOWN_TYPE;
            }
            return metrics.timeApply(envelope.type(), () -> projector.project(envelope, event.get()));
        } catch (MalformedEventException e) {
            log.error("Skipping unreadable record at {}: {}", coordinates(record), e.getMessage());
            return Outcome.MALFORMED;
        }
    }

    static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
