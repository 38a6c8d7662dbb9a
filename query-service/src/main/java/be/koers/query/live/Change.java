package be.koers.query.live;

import java.time.Instant;

/**
 * One entry of a plan's change feed.
 *
 * @param seq         its number in the plan's feed: 1, 2, 3 … in commit order; the SSE event id
 * @param indicatorId the indicator it concerns, for an indicator's event; null for the plan's own events
 * @param type        the event type, such as {@code ScoreRecorded}; the SSE event name
 * @param data        the JSON sent as the SSE event's data, see {@link ChangeData}
 * @param timestamp   the event's timestamp: when the command-service stored it
 */
record Change(long seq, String indicatorId, String type, String data, Instant timestamp) {
}
