package be.koers.query.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan's statements (mission, vision, core values) as last adopted, kept while a revision is open beside the
 * copy of its elements ({@link AdoptedElements}): read by the adopted view, copied back by a discard, dropped when the
 * revision ends.
 */
@Component
class AdoptedStatements {

    private static final String PLAN = " WHERE tenant = :tenant AND plan_id = :planId";

    private final JdbcClient jdbc;

    AdoptedStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void take(String tenant, String planId) {
        drop(tenant, planId);
        run("INSERT INTO adopted_plan (tenant, plan_id, mission, vision, core_values)"
                + " SELECT tenant, plan_id, mission, vision, core_values FROM plan" + PLAN, tenant, planId);
    }

    void restore(String tenant, String planId) {
        run("UPDATE plan p SET mission = a.mission, vision = a.vision, core_values = a.core_values FROM adopted_plan a"
                + " WHERE a.tenant = p.tenant AND a.plan_id = p.plan_id AND p.tenant = :tenant AND p.plan_id = :planId",
                tenant, planId);
    }

    void drop(String tenant, String planId) {
        run("DELETE FROM adopted_plan" + PLAN, tenant, planId);
    }

    private void run(String sql, String tenant, String planId) {
        jdbc.sql(sql).param("tenant", tenant).param("planId", planId).update();
    }
}
