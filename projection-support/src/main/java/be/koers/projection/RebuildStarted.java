package be.koers.projection;

import java.time.Instant;

/** The answer to a rebuild request: the tables are empty and the listener replays this many records. */
record RebuildStarted(long recordsToReplay, Instant startedAt) {
}
