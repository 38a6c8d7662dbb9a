package be.koers.web.revision;

import be.koers.planning.api.plan.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a plan's edition log ({@code GET /api/plans/{planId}/editions}): the council's decision and what the
 * edition added, replaced and retired. Edition 1 is the plan's adoption; each adopted revision the next one.
 */
public record Edition(int edition, Integer revisionNumber, String description, LocalDate decisionDate,
                      String decisionReference, Instant adoptedAt, String adoptedBy, List<Ref> added, List<Ref> replaced,
                      List<Ref> retired) {

    public Edition {
        added = added == null ? List.of() : List.copyOf(added);
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
        retired = retired == null ? List.of() : List.copyOf(retired);
    }

    /** Names an element: its id, level and title. */
    public record Ref(String elementId, Level level, String title) {
    }
}
