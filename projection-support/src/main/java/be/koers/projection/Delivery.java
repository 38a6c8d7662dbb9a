package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * One record of a poll, read: the event to apply, or the outcome that skips it without touching the tables.
 *
 * @param envelope null when the record is not a readable envelope
 * @param event    null when the record is skipped
 * @param skipped  why it is skipped; null when there is an event to apply
 */
record Delivery(ConsumerRecord<String, String> record, EventEnvelope envelope, TenantScoped event, Outcome skipped) {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    static Delivery read(ConsumerRecord<String, String> record, EnvelopeDecoder decoder) {
        try {
            EventEnvelope envelope = decoder.envelope(record.value());
            Optional<TenantScoped> event = decoder.event(envelope);
            if (event.isEmpty()) {
                log.warn("Skipping event {} of unknown type {} revision {} at {}", envelope.eventId(), envelope.type(),
                        envelope.version(), ProjectionListener.coordinates(record));
                return new Delivery(record, envelope, null, Outcome.UNKNOWN_TYPE);
            }
            return new Delivery(record, envelope, event.get(), null);
        } catch (MalformedEventException e) {
            log.error("Skipping unreadable record at {}: {}", ProjectionListener.coordinates(record), e.getMessage());
            return new Delivery(record, null, null, Outcome.MALFORMED);
        }
    }

    /** Applies the event in the transaction under way, or in one of its own when there is none. */
    Outcome apply(EventProjector projector, ProjectionMetrics metrics) {
        if (skipped != null) {
            return skipped;
        }
        return metrics.timeApply(envelope.type(), () -> projector.project(envelope, event));
    }
}
