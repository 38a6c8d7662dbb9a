package be.koers.reporting.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.projection.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The planned elements as the last adopted edition had them, kept while a revision is open: taken from
 * {@code report_element} when the revision opens (it holds the adopted plan then, as plan content changes after
 * adoption only inside revisions), read by the adopted view ({@link PlanFactsRepository}), put back by a discard and
 * dropped when the revision ends. Unplanned work is not plan content: it stays out of the copy, and a discard leaves
 * it as it is now.
 */
@Component
class AdoptedElements {

    private static final String PLAN = " WHERE plan_id = :planId";
    /** Every column but defined_order, which a restored row keeps: the copy has the same value. */
    private static final List<String> STATE_COLUMNS = List.of("parent_id", "level", "title", "intended_result",
            "priority", "policy_fields", "target_groups", "sub_areas", "department", "political_owner",
            "realisation_start", "realisation_end", "planned", "first_edition", "retired", "retired_reason",
            "unplanned_cause", "cause_explanation");

    private final JdbcClient jdbc;

    AdoptedElements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void take(String planId) {
        drop(planId);
        // SELECT *: the copy is LIKE report_element, column for column (V3__plans_for_reports.sql)
        run("INSERT INTO adopted_element SELECT * FROM report_element" + PLAN + " AND planned", planId);
    }

    /**
     * Makes the planned elements equal to the copy again. A discard of revision 2 or later says which elements the
     * revision defined (deleted) and which of the edition's it changed (put back); one stored before does not, and
     * the copy tells the same: planned elements it does not have are the revision's, and every one it has is put
     * back. Elements leave report_element only here, so each element of the copy is still there to be updated.
     */
    void restore(RevisionDiscarded event) {
        String planId = event.planId().value();
        if (event.removed() == null || event.restored() == null) {
            run("DELETE FROM report_element" + PLAN + " AND planned"
                    + " AND element_id NOT IN (SELECT element_id FROM adopted_element" + PLAN + ")", planId);
            putBack(planId, "").update();
            return;
        }
        jdbc.sql("DELETE FROM report_element" + PLAN + " AND element_id = ANY(:removed)")
                .param("planId", planId)
                .param("removed", ids(event.removed()))
                .update();
        putBack(planId, " AND e.element_id = ANY(:restored)").param("restored", ids(event.restored())).update();
    }

    void drop(String planId) {
        run("DELETE FROM adopted_element" + PLAN, planId);
    }

    private JdbcClient.StatementSpec putBack(String planId, String ofElements) {
        String columns = String.join(", ", STATE_COLUMNS);
        String copied = String.join(", ", STATE_COLUMNS.stream().map(column -> "a." + column).toList());
        return jdbc.sql("UPDATE report_element e SET (" + columns + ") = (" + copied + ") FROM adopted_element a"
                        + " WHERE a.plan_id = e.plan_id AND a.element_id = e.element_id AND e.plan_id = :planId" + ofElements)
                .param("planId", planId);
    }

    private static String[] ids(List<ElementId> elements) {
        return SqlArrays.of(elements.stream().map(ElementId::value).toList());
    }

    private void run(String sql, String planId) {
        jdbc.sql(sql).param("planId", planId).update();
    }
}
