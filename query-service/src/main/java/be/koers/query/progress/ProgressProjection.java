package be.koers.query.progress;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import be.koers.query.plan.DiscardedElements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The progress of activities and actions: the latest report per item, and every report. The plan takes reports only
 * on items it has, and every reader reaches these rows through an element of the plan (the tree, an element lookup),
 * so the projection takes each event as it comes, without the plan's tables.
 */
@Component
@OwnsTables({"item_progress", "item_progress_history"})
class ProgressProjection extends TableProjection {

    private final JdbcClient jdbc;

    ProgressProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(ProgressReported.class, this::reported);
        on(RevisionDiscarded.class, (event, envelope) -> discarded.deleteRows(event, "item_progress", "item_progress_history"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, TreeEvent.class, BudgetEvent.class);
    }

    private void reported(ProgressReported event, EventEnvelope envelope) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", event.tenant().value());
        params.put("planId", event.planId().value());
        params.put("elementId", event.itemId().value());
        params.put("status", event.status().name());
        params.put("percentComplete", event.percentComplete());
        params.put("comment", event.comment());
        params.put("cancellationReason", event.cancellationReason());
        params.put("postponedTo", event.postponedTo());
        params.put("at", envelope.timestamp().atOffset(ZoneOffset.UTC));
        params.put("by", envelope.actor());
        jdbc.sql("""
                        INSERT INTO item_progress (tenant, plan_id, element_id, status, percent_complete, comment,
                                                   cancellation_reason, postponed_to, reported_at, reported_by)
                        VALUES (:tenant, :planId, :elementId, :status, :percentComplete, :comment,
                                :cancellationReason, :postponedTo, :at, :by)
                        ON CONFLICT (tenant, plan_id, element_id) DO UPDATE
                        SET status = EXCLUDED.status, percent_complete = EXCLUDED.percent_complete,
                            comment = EXCLUDED.comment, cancellation_reason = EXCLUDED.cancellation_reason,
                            postponed_to = EXCLUDED.postponed_to, reported_at = EXCLUDED.reported_at,
                            reported_by = EXCLUDED.reported_by""")
                .params(params)
                .update();
        jdbc.sql("""
                        INSERT INTO item_progress_history (tenant, plan_id, sequence, element_id, status, previous_status,
                                                           percent_complete, comment, cancellation_reason, postponed_to,
                                                           reported_at, reported_by)
                        VALUES (:tenant, :planId, :sequence, :elementId, :status, :previousStatus,
                                :percentComplete, :comment, :cancellationReason, :postponedTo, :at, :by)""")
                .params(params)
                .param("sequence", envelope.sequenceNumber())
                .param("previousStatus", event.previousStatus() == null ? null : event.previousStatus().name())
                .update();
    }
}
