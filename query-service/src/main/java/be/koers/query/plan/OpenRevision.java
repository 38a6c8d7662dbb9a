package be.koers.query.plan;

import java.time.Instant;

/** The revision of an adopted plan being worked on: its changes are the draft view until adopted or discarded. */
public record OpenRevision(int revisionNumber, String name, Instant openedAt, String openedBy) {
}
