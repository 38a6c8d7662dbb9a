package be.koers.query.live;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * What a live client receives per change: the event's envelope essentials and its payload.
 *
 * @param sequenceNumber the event's number in its own aggregate's stream (the plan's or the indicator's), not the
 *                       feed's number, which is the SSE event id
 */
record ChangeData(String type, String aggregateId, long sequenceNumber, Instant timestamp, String actor, String planId,
                  String indicatorId, String elementId, JsonNode payload) {
}
