package be.koers.planning.api.shared;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The JSON record every event travels in on Kafka. The payload is the event record as JSON; {@code type} is the
 * event's simple class name and {@code version} its revision, so a consumer can read it without Axon.
 */
public record EventEnvelope(
        String eventId,
        String type,
        String version,
        String tenant,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        Instant timestamp,
        String actor,
        String correlationId,
        String reason,
        JsonNode payload) {
}
