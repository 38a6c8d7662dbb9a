package be.koers.query.plan;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.problem.QueryRefusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads plans of one tenant; another tenant's plan is as absent as one that does not exist. */
@Component
public class PlanRows {

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PlanRow require(TenantId tenant, PlanId planId) {
        return find(tenant, planId).orElseThrow(() -> QueryRefusal.unknownPlan(planId));
    }

    public Optional<PlanRow> find(TenantId tenant, PlanId planId) {
        return jdbc.sql("SELECT * FROM plan WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(PlanRow::map)
                .optional();
    }

    /** The plan's statements as the given tables hold them. */
    Statements statements(PlanRow plan, TenantId tenant, ElementTables tables) {
        if (tables == ElementTables.WORKING) {
            return plan.statements();
        }
        return jdbc.sql("SELECT mission, vision, core_values FROM " + tables.statements()
                        + " WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant.value())
                .param("planId", plan.planId())
                .query(Statements::map)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Plan " + plan.planId() + " has an open revision but no adopted copy"));
    }
}
