package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * One record of a poll, read: the event to apply, or the outcome that skips it without touching the tables.
 *
 * @param envelope      null when the record is not a readable envelope
 * @param replacedTexts where characters PostgreSQL cannot store were replaced ({@link UnstorableText})
 * @param event         null when the record is skipped
 * @param skipped       why it is skipped; null when there is an event to apply
 */
record Delivery(ConsumerRecord<String, String> record, EventEnvelope envelope, List<String> replacedTexts,
                TenantScoped event, Outcome skipped) {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    static Delivery read(ConsumerRecord<String, String> record, EnvelopeDecoder decoder) {
        try {
            EnvelopeDecoder.Decoded decoded = decoder.envelope(record.value());
            EventEnvelope envelope = decoded.envelope();
            Optional<TenantScoped> event = decoder.event(envelope);
            if (event.isEmpty()) {
                log.warn("Skipping event {} of unknown type {} revision {} at {}", envelope.eventId(), envelope.type(),
                        envelope.version(), ProjectionListener.coordinates(record));
                return new Delivery(record, envelope, decoded.replacedTexts(), null, Outcome.UNKNOWN_TYPE);
            }
            return new Delivery(record, envelope, decoded.replacedTexts(), event.get(), null);
        } catch (MalformedEventException e) {
            log.error("Skipping unreadable record at {}: {}", ProjectionListener.coordinates(record), e.getMessage());
            return new Delivery(record, null, List.of(), null, Outcome.MALFORMED);
        }
    }

    /** Applies the event in the transaction under way, or in one of its own when there is none. */
    Outcome apply(EventProjector projector, ProjectionMetrics metrics) {
        if (skipped != null) {
            return skipped;
        }
        return metrics.timeApply(envelope.type(), () -> projector.project(envelope, event));
    }

    /**
     * Called once the event's transaction committed: warns about the characters replaced, once per application
     * (a rebuild applies it, and warns, again).
     */
    void applied(ProjectionMetrics metrics) {
        if (!replacedTexts.isEmpty()) {
            log.warn("Applied event {} ({} of {} {}) with characters PostgreSQL cannot store replaced by U+FFFD in {}",
                    envelope.eventId(), envelope.type(), envelope.aggregateType(), envelope.aggregateId(), replacedTexts);
            metrics.sanitised(envelope.type());
        }
    }
}
