package be.koers.query;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Hands out the instants of published events, one step apart from a start, so a test knows exactly when each
 * event happened and can ask for the plan in between.
 */
public final class Timeline implements Supplier<Instant> {

    private final Duration step;
    private Instant next;

    public Timeline(Instant start, Duration step) {
        this.next = start;
        this.step = step;
    }

    /** The instant of the next event; the one after it is a step later. */
    @Override
    public synchronized Instant get() {
        Instant now = next;
        next = next.plus(step);
        return now;
    }

    /** Jumps ahead: the next event happens at this instant. */
    public synchronized Timeline jumpTo(Instant instant) {
        next = instant;
        return this;
    }

    /** The instant of the last event handed out. */
    public synchronized Instant last() {
        return next.minus(step);
    }
}
