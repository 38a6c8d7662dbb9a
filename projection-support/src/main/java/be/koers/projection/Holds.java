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

    boolean skipped(Delivery delivery) {
        return skippedEvents.contains(delivery.eventId());
    }

    boolean behindParked(Delivery delivery) {
        return parkedSequences.contains(delivery.sequenceKey());
    }

    void parked(Delivery delivery) {
        parkedSequences.add(delivery.sequenceKey());
    }

    void released(Delivery delivery) {
        parkedSequences.remove(delivery.sequenceKey());
    }
}
