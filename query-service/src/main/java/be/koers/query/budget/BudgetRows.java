package be.koers.query.budget;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads budget lines and history of one tenant's plan. */
@Component
public class BudgetRows {

    private final JdbcClient jdbc;

    BudgetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every line of the plan, by element id and year. */
    Map<String, Map<Integer, BudgetLine>> ofPlan(TenantId tenant, PlanId planId) {
        Map<String, Map<Integer, BudgetLine>> lines = new HashMap<>();
        jdbc.sql("SELECT * FROM budget_line WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(rs -> {
                    BudgetLine line = BudgetLine.map(rs, 0);
                    lines.computeIfAbsent(rs.getString("element_id"), id -> new HashMap<>()).put(line.year(), line);
                });
        return lines;
    }

    List<BudgetLine> ofElement(TenantId tenant, PlanId planId, ElementId elementId) {
        return jdbc.sql("SELECT * FROM budget_line WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId"
                        + " ORDER BY year")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .param("elementId", elementId.value())
                .query(BudgetLine::map)
                .list();
    }

    /** In the order the plan's stream recorded them. */
    List<BudgetChange> historyOf(TenantId tenant, PlanId planId, ElementId elementId) {
        return jdbc.sql("SELECT * FROM budget_history WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId"
                        + " ORDER BY sequence")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .param("elementId", elementId.value())
                .query(BudgetChange::map)
                .list();
    }
}
