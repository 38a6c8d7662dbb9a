package be.koers.query.history;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Where to cut a plan's history: at an instant (the working plan as it stood then, changes of a later-discarded
 * revision included while they lasted) or right after an event of the plan's stream (an edition's adoption, exact
 * even when several events share its instant). Both history tables have the columns this condition names.
 */
record Cut(String condition, Object value) {

    static Cut at(Instant instant) {
        return new Cut("valid_from <= :cut AND (valid_to IS NULL OR valid_to > :cut)", instant.atOffset(ZoneOffset.UTC));
    }

    static Cut afterEvent(long sequence) {
        return new Cut("sequence <= :cut AND (ended_sequence IS NULL OR ended_sequence > :cut)", sequence);
    }
}
