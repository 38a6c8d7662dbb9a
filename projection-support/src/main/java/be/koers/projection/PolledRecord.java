package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One record of a poll, read: the event to apply, or why it cannot be.
 *
 * @param envelope      null when the record is not a readable envelope
 * @param replacedTexts where characters PostgreSQL cannot store were replaced ({@link UnstorableText})
 * @param event         null when the record cannot be applied by this service
 * @param unreadable    why it cannot be (an unknown type or revision, an unreadable envelope or payload); null when
 *                      there is an event to apply
 */
record PolledRecord(ConsumerRecord<String, String> record, EventEnvelope envelope, List<String> replacedTexts,
                TenantScoped event, String unreadable) {

    private static final Logger log = LoggerFactory.getLogger(PolledRecord.class);

    static PolledRecord read(ConsumerRecord<String, String> record, EnvelopeDecoder decoder) {
        try {
            EnvelopeDecoder.Decoded decoded = decoder.envelope(record.value());
            EventEnvelope envelope = decoded.envelope();
            Optional<TenantScoped> event = decoder.event(envelope);
            if (event.isEmpty()) {
                return new PolledRecord(record, envelope, decoded.replacedTexts(), null,
                        "unknown type " + envelope.type() + " revision " + envelope.version() + " in this service's version");
            }
            return new PolledRecord(record, envelope, decoded.replacedTexts(), event.get(), null);
        } catch (MalformedEventException e) {
            log.debug("Unreadable record at {}: {}", ProjectionListener.coordinates(record), e.getMessage());
            return new PolledRecord(record, null, List.of(), null, "unreadable: " + e.getMessage());
        }
    }

    /**
     * The events whose order matters to one another: those of one aggregate, Kafka's order (its record key). The
     * read models keep no order across aggregates, as Kafka gives none: their topics are consumed side by side.
     */
    String sequenceKey() {
        if (envelope != null) {
            return envelope.aggregateId();
        }
        return record.key() != null ? record.key() : ProjectionListener.coordinates(record);
    }

    /** The event's id, from the envelope or the header the command-service sets; else the record's place. */
    String eventId() {
        if (envelope != null && envelope.eventId() != null) {
            return envelope.eventId();
        }
        Header header = record.headers().lastHeader("koers-event-id");
        return header != null ? new String(header.value(), StandardCharsets.UTF_8) : ProjectionListener.coordinates(record);
    }

    /** Applies the event in the transaction under way, or in one of its own when there is none. */
    Outcome apply(EventProjector projector, ProjectionMetrics metrics, Holds holds) {
        if (event == null) {
            // no timer by type: the type of an unknown or unreadable record is whatever its producer wrote
            return projector.project(this, holds);
        }
        return metrics.timeApply(envelope.type(), () -> projector.project(this, holds));
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

    /** How the log names it. */
    String describe() {
        return envelope == null ? "record " + eventId()
                : "event " + eventId() + " (" + envelope.type() + " " + envelope.sequenceNumber() + " of "
                + envelope.aggregateType() + " " + envelope.aggregateId() + ")";
    }
}
