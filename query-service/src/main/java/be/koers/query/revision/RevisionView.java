package be.koers.query.revision;

import java.time.Instant;

/**
 * A revision of an adopted plan and what became of it.
 *
 * @param status        OPEN, ADOPTED or DISCARDED
 * @param closedAt      when it was adopted or discarded; null while open
 * @param edition       the edition it became, when adopted
 * @param discardReason why it was discarded, when discarded
 */
public record RevisionView(int revisionNumber, String name, String description, RevisionStatus status, Instant openedAt,
                           String openedBy, Instant closedAt, String closedBy, Integer edition, String discardReason) {
}
