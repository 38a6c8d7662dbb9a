package be.koers.projection;

import java.time.Duration;
import java.time.Instant;

/**
 * A rebuild that replayed every record it started with.
 *
 * @param records         the records on the topics when it began
 * @param startedAt       when the tables were empty and the listener started again
 * @param finishedAt      when the last of those records had been handled
 * @param seconds         from the one to the other
 * @param eventsPerSecond records replayed per second
 */
record CompletedRebuild(long records, Instant startedAt, Instant finishedAt, double seconds, long eventsPerSecond) {

    static CompletedRebuild of(long records, Instant startedAt, Instant finishedAt) {
        double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        // a rebuild of empty topics is done at once: no rate rather than a division by zero
        long perSecond = seconds > 0 ? Math.round(records / seconds) : 0;
        return new CompletedRebuild(records, startedAt, finishedAt, seconds, perSecond);
    }

    Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
