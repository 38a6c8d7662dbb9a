package be.koers.query.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an edition sits in the plan's history: the event that adopted it ({@code sequence}, at {@code adoptedAt})
 * and the council's decision.
 */
public record EditionMarker(int edition, LocalDate decisionDate, String decisionReference, Instant adoptedAt, long sequence) {
}
