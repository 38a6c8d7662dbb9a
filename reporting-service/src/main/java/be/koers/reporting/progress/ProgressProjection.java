package be.koers.reporting.progress;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import be.koers.reporting.revision.DiscardedElements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where each activity and action stands now: what the realisation view judges an item's outcome by. */
@Component
@OwnsTables("item_progress")
class ProgressProjection extends TableProjection {

    private final JdbcClient jdbc;

    ProgressProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(ProgressReported.class, (event, envelope) -> reported(event));
        on(RevisionDiscarded.class, (event, envelope) -> discarded.deleteRows(event, "item_progress"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, TreeEvent.class, BudgetEvent.class);
    }

    private void reported(ProgressReported event) {
        jdbc.sql("""
                        INSERT INTO item_progress (plan_id, element_id, status, percent_complete)
                        VALUES (:planId, :elementId, :status, :percent)
                        ON CONFLICT (plan_id, element_id) DO UPDATE
                        SET status = EXCLUDED.status, percent_complete = EXCLUDED.percent_complete""")
                .param("planId", event.planId().value())
                .param("elementId", event.itemId().value())
                .param("status", event.status().name())
                .param("percent", event.percentComplete())
                .update();
    }
}
