package be.koers.reporting.revision;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.projection.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows a read model hanging off elements (progress, budgets, continuations) keeps of the elements a
 * discarded revision removed: those elements no longer exist. Such a read model learns which elements went from the
 * event itself, so it needs neither the element projection's tables nor to run after it. A feature of its own, as
 * the plan feature reads those read models.
 * <p>
 * A discard stored before {@link RevisionDiscarded} revision 2 does not say which elements it removed
 * ({@code removed == null}), and one event cannot tell. Their rows stay then: every report reaches them through an
 * element the plan has, so none shows them.
 */
@Component
public class DiscardedElements {

    private final JdbcClient jdbc;

    DiscardedElements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the rows of the removed elements from the tables, which have plan_id and element_id columns. */
    public void deleteRows(RevisionDiscarded event, String... tables) {
        if (event.removed() == null || event.removed().isEmpty()) {
            return;
        }
        String[] removed = SqlArrays.of(event.removed().stream().map(ElementId::value).toList());
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table + " WHERE plan_id = :planId AND element_id = ANY(:removed)")
                    .param("planId", event.planId().value())
                    .param("removed", removed)
                    .update();
        }
    }
}
