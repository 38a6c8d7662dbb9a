package be.koers.query.revision;

import be.koers.query.plan.ElementRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan as last adopted, kept while a revision is open: taken from the working tables when the revision opens
 * (they hold the adopted plan then, as content changes after adoption only inside revisions), read by the adopted
 * view, copied back by a discard and dropped when the revision ends. One copy per open revision, so the storage is
 * one plan's worth at most, and only while someone revises it.
 */
@Component
class AdoptedCopy {

    /**
     * Read models with rows per element and a foreign key to plan_element. Progress, budgets and continuations are
     * not part of revisions, but an element that only a discarded revision had no longer exists, and its rows go
     * with it (its audit lines keep what was recorded).
     */
    private static final List<String> ELEMENT_DEPENDENTS = List.of("item_progress_history", "item_progress",
            "budget_history", "budget_line", "element_continuation");
    private static final String PLAN = " WHERE tenant = :tenant AND plan_id = :planId";
    /**
     * Rows of the plan whose element the copy does not have: those only the revision had. A set difference rather
     * than NOT EXISTS, which a planner without statistics ran as every working element against every copied one.
     */
    private static final String NOT_IN_COPY = PLAN + " AND element_id IN (SELECT element_id FROM plan_element" + PLAN
            + " EXCEPT SELECT element_id FROM adopted_plan_element" + PLAN + ")";

    private static final String PLANNED_ELEMENT = " AND element_id IN (SELECT element_id FROM plan_element" + PLAN
            + " AND planned)";

    private final JdbcClient jdbc;

    AdoptedCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void take(String tenant, String planId) {
        drop(tenant, planId);
        // SELECT *: the copy tables are LIKE the working ones, column for column (V3__revisions_history_audit.sql)
        run("INSERT INTO adopted_plan_element SELECT * FROM plan_element" + PLAN, tenant, planId);
        run("INSERT INTO adopted_element_tag SELECT * FROM element_tag" + PLAN, tenant, planId);
        run("INSERT INTO adopted_plan (tenant, plan_id, mission, vision, core_values)"
                + " SELECT tenant, plan_id, mission, vision, core_values FROM plan" + PLAN, tenant, planId);
    }

    /**
     * Adds an element that is not plan content, just written to the working tables, to the copy if one is kept: the
     * adopted view shows it as well, and a discard, which makes the working tables equal to the copy, keeps it.
     */
    void add(String tenant, String planId, String elementId) {
        String ofElementWhileCopied = PLAN + " AND element_id = :elementId"
                + " AND EXISTS (SELECT 1 FROM adopted_plan" + PLAN + ")";
        for (String table : List.of("plan_element", "element_tag")) {
            jdbc.sql("INSERT INTO adopted_" + table + " SELECT * FROM " + table + ofElementWhileCopied)
                    .param("tenant", tenant)
                    .param("planId", planId)
                    .param("elementId", elementId)
                    .update();
        }
    }

    /**
     * Makes the working plan content equal to the copy again: planned elements, their tags and the statements.
     * Elements leave the working tables only here, so every element of the copy is still there to be updated; those
     * the revision added are deleted. Unplanned work is not plan content: like the plan aggregate, a discard leaves
     * it as it is now, also where it was moved, retagged or retired meanwhile.
     */
    void restore(String tenant, String planId) {
        for (String table : ELEMENT_DEPENDENTS) {
            run("DELETE FROM " + table + NOT_IN_COPY, tenant, planId);
        }
        run("DELETE FROM element_tag" + PLAN + PLANNED_ELEMENT, tenant, planId);
        run("DELETE FROM plan_element" + NOT_IN_COPY, tenant, planId);
        String columns = String.join(", ", ElementRow.STATE_COLUMNS);
        run("UPDATE plan_element e SET (" + columns + ") = (" + prefixed("a.") + ") FROM adopted_plan_element a"
                + " WHERE a.tenant = e.tenant AND a.plan_id = e.plan_id AND a.element_id = e.element_id"
                + " AND e.tenant = :tenant AND e.plan_id = :planId AND e.planned", tenant, planId);
        run("INSERT INTO element_tag SELECT * FROM adopted_element_tag" + PLAN + PLANNED_ELEMENT, tenant, planId);
        run("UPDATE plan p SET mission = a.mission, vision = a.vision, core_values = a.core_values FROM adopted_plan a"
                + " WHERE a.tenant = p.tenant AND a.plan_id = p.plan_id AND p.tenant = :tenant AND p.plan_id = :planId",
                tenant, planId);
    }

    void drop(String tenant, String planId) {
        for (String table : List.of("adopted_element_tag", "adopted_plan_element", "adopted_plan")) {
            run("DELETE FROM " + table + PLAN, tenant, planId);
        }
    }

    private static String prefixed(String alias) {
        return ElementRow.STATE_COLUMNS.stream().map(column -> alias + column).collect(Collectors.joining(", "));
    }

    private void run(String sql, String tenant, String planId) {
        jdbc.sql(sql).param("tenant", tenant).param("planId", planId).update();
    }
}
