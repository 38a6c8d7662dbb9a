package be.koers.query.history;

import be.koers.query.plan.ElementRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the edition log (seed 004's change log: edition, date, description, added / replaced).
 *
 * @param revisionNumber the revision adopted as this edition; null for edition 1, the plan's first adoption
 * @param description    the revision's name; "Adopted plan" for edition 1
 * @param added          elements new in this edition (for edition 1: every active element), titles as adopted
 * @param replaced       elements changed by the revision (revised, moved, retagged, reassigned)
 * @param retired        elements the revision retired
 */
public record EditionView(int edition, Integer revisionNumber, String description, LocalDate decisionDate,
                          String decisionReference, Instant adoptedAt, String adoptedBy, List<ElementRef> added,
                          List<ElementRef> replaced, List<ElementRef> retired) {
}
