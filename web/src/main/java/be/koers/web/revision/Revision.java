package be.koers.web.revision;

import java.time.Instant;

/**
 * A revision of an adopted plan and what became of it ({@code GET /api/plans/{planId}/revisions}): {@code status}
 * OPEN, ADOPTED (as {@code edition}) or DISCARDED (for {@code discardReason}).
 */
public record Revision(int revisionNumber, String name, String description, String status, Instant openedAt,
                       String openedBy, Instant closedAt, String closedBy, Integer edition, String discardReason) {
}
