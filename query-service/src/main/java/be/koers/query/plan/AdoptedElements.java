package be.koers.query.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan's elements and tags as last adopted, kept while a revision is open: taken from the working tables when
 * the revision opens (they hold the adopted plan then, as content changes after adoption only inside revisions), read
 * by the adopted view ({@link ElementTables#ADOPTED_COPY}), copied back by a discard and dropped when the revision
 * ends. One copy per open revision, so the storage is one plan's worth at most, and only while someone revises it.
 * The statements are copied alongside by {@link PlanProjection} ({@link AdoptedStatements}).
 */
@Component
class AdoptedElements {

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

    AdoptedElements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void take(String tenant, String planId) {
        drop(tenant, planId);
        // SELECT *: the copy tables are LIKE the working ones, column for column (V3__revisions_history_audit.sql)
        run("INSERT INTO adopted_plan_element SELECT * FROM plan_element" + PLAN, tenant, planId);
        run("INSERT INTO adopted_element_tag SELECT * FROM element_tag" + PLAN, tenant, planId);
    }

    /**
     * Adds an element that is not plan content, just written to the working tables, to the copy if one is kept: the
     * adopted view shows it as well, and a discard, which makes the working tables equal to the copy, keeps it. The
     * copy is kept exactly when it has elements of the plan: unplanned work hangs under an adopted parent, so while a
     * revision is open the copy holds at least that parent.
     */
    void add(String tenant, String planId, String elementId) {
        String ofElementWhileCopied = PLAN + " AND element_id = :elementId"
                + " AND EXISTS (SELECT 1 FROM adopted_plan_element" + PLAN + ")";
        for (String table : List.of("plan_element", "element_tag")) {
            jdbc.sql("INSERT INTO adopted_" + table + " SELECT * FROM " + table + ofElementWhileCopied)
                    .param("tenant", tenant)
                    .param("planId", planId)
                    .param("elementId", elementId)
                    .update();
        }
    }

    /**
     * Makes the working elements equal to the copy again: planned elements and their tags. Elements leave the working
     * tables only here, so every element of the copy is still there to be updated; those the revision added are
     * deleted. Unplanned work is not plan content: like the plan aggregate, a discard leaves it as it is now, also
     * where it was moved, retagged or retired meanwhile. The rows other read models keep of the deleted elements are
     * theirs to delete (DiscardedElements).
     */
    void restore(String tenant, String planId) {
        run("DELETE FROM element_tag" + PLAN + PLANNED_ELEMENT, tenant, planId);
        run("DELETE FROM plan_element" + NOT_IN_COPY, tenant, planId);
        String columns = String.join(", ", ElementRow.STATE_COLUMNS);
        run("UPDATE plan_element e SET (" + columns + ") = (" + prefixed("a.") + ") FROM adopted_plan_element a"
                + " WHERE a.tenant = e.tenant AND a.plan_id = e.plan_id AND a.element_id = e.element_id"
                + " AND e.tenant = :tenant AND e.plan_id = :planId AND e.planned", tenant, planId);
        run("INSERT INTO element_tag SELECT * FROM adopted_element_tag" + PLAN + PLANNED_ELEMENT, tenant, planId);
    }

    void drop(String tenant, String planId) {
        run("DELETE FROM adopted_element_tag" + PLAN, tenant, planId);
        run("DELETE FROM adopted_plan_element" + PLAN, tenant, planId);
    }

    private static String prefixed(String alias) {
        return ElementRow.STATE_COLUMNS.stream().map(column -> alias + column).collect(Collectors.joining(", "));
    }

    private void run(String sql, String tenant, String planId) {
        jdbc.sql(sql).param("tenant", tenant).param("planId", planId).update();
    }
}
