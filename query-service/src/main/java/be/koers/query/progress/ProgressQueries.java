package be.koers.query.progress;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.FindElementWithChildren;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.PlanTreeQueries;
import be.koers.query.plan.AdoptedOrDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers questions about the progress of a plan's items. */
@Component
public class ProgressQueries {

    private final JdbcClient jdbc;
    private final PlanTreeQueries trees;

    ProgressQueries(JdbcClient jdbc, PlanTreeQueries trees) {
        this.jdbc = jdbc;
        this.trees = trees;
    }

    /** The latest report of every item of the plan that has one, by element id. */
    @Transactional(readOnly = true)
    public Map<String, Progress> currentOfPlan(TenantId tenant, PlanId planId) {
        Map<String, Progress> current = new HashMap<>();
        jdbc.sql("SELECT * FROM item_progress WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(rs -> {
                    current.put(rs.getString("element_id"), Progress.map(rs, 0));
                });
        return current;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ItemProgressView ofItem(TenantId tenant, PlanId planId, ElementId elementId) {
        // any element the plan has, also one an open revision added: progress is not part of revisions
        trees.answer(new FindElementWithChildren(tenant, planId, elementId), AdoptedOrDraft.DRAFT);
        List<ProgressReport> history = jdbc.sql("""
                        SELECT * FROM item_progress_history
                        WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId ORDER BY sequence""")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .param("elementId", elementId.value())
                .query(ProgressReport::map)
                .list();
        return new ItemProgressView(elementId.value(), history.isEmpty() ? null : history.get(history.size() - 1).reported(),
                history);
    }
}
