package be.koers.projection;

import java.util.HashSet;
import java.util.Set;

/**
 * What keeps the records of one poll from being applied: their aggregates with parked events, and the events an
 * operator skipped. Read once per poll, in its transaction, and kept up to date as the poll parks events.
 */
final class Holds {

    private final Set<String> parkedSequences;
    private final Set<String> skippedEvents;

    Holds(Set<String> parkedSequences, Set<String> skippedEvents) {
        this.parkedSequences = new HashSet<>(parkedSequences);
        this.skippedEvents = Set.copyOf(skippedEvents);
    }

    boolean skipped(PolledRecord polled) {
        return skippedEvents.contains(polled.eventId());
    }

    boolean behindParked(PolledRecord polled) {
        return parkedSequences.contains(polled.sequenceKey());
    }

    void parked(PolledRecord polled) {
        parkedSequences.add(polled.sequenceKey());
    }

    void released(PolledRecord polled) {
        parkedSequences.remove(polled.sequenceKey());
    }
}
