package be.koers.web.revision;

import be.koers.planning.api.plan.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What changed in a plan between two moments, as the query-service's diff answers it
 * ({@code GET /api/plans/{planId}/diff}): elements added, removed, moved and changed (field by field, old and new
 * value as text), and the statements.
 */
public record PlanDiff(PointInHistory from, PointInHistory to, List<Edition.Ref> added, List<Removed> removed, List<Moved> moved,
                       List<Changed> changed, List<FieldChange> statements) {

    public PlanDiff {
        added = orNone(added);
        removed = orNone(removed);
        moved = orNone(moved);
        changed = orNone(changed);
        statements = orNone(statements);
    }

    /** An edition, or an instant with the edition in force then. */
    public record PointInHistory(Integer edition, LocalDate decisionDate, String decisionReference, Instant instant) {
    }

    public record Removed(String elementId, Level level, String title, boolean retired, String retiredReason) {
    }

    /** A parent is null at the top of the tree. */
    public record Moved(String elementId, Level level, String title, Edition.Ref fromParent, Edition.Ref toParent) {
    }

    public record Changed(String elementId, Level level, String title, List<FieldChange> fields) {

        public Changed {
            fields = orNone(fields);
        }
    }

    /** One field's old and new value as text; null is no value. */
    public record FieldChange(String field, String from, String to) {
    }

    public boolean empty() {
        return Stream.of(added, removed, moved, changed, statements).allMatch(List::isEmpty);
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
