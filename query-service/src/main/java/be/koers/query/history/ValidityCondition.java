package be.koers.query.history;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Where to cut a plan's history: at an instant (the working plan as it stood then, changes of a later-discarded
 * revision included while they lasted) or right after an event of the plan's stream (an edition's adoption, exact
 * even when several events share its instant). Both history tables have the columns this condition names.
 */
record ValidityCondition(String condition, Object value) {

    /** The versions no event has ended yet: the plan as it is now. */
    static final ValidityCondition CURRENT = afterEvent(Long.MAX_VALUE);

    static ValidityCondition at(Instant instant) {
        return new ValidityCondition("valid_from <= :cut AND (valid_to IS NULL OR valid_to > :cut)", instant.atOffset(ZoneOffset.UTC));
    }

    static ValidityCondition afterEvent(long sequence) {
        return new ValidityCondition("sequence <= :cut AND (ended_sequence IS NULL OR ended_sequence > :cut)", sequence);
    }
}
