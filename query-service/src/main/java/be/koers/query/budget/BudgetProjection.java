package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
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

/**
 * Budgets of goals, action plans and items per year: the current estimate and the actuals on one line, and every
 * estimate, revision (with its reason) and recording of actuals in the history. The plan budgets only elements it
 * has, and every reader reaches these rows through an element of the plan (the tree, an element lookup), so the
 * projection takes each event as it comes, without the plan's tables.
 */
@Component
@OwnsTables({"budget_line", "budget_history"})
class BudgetProjection extends TableProjection {

    private final JdbcClient jdbc;

    BudgetProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(BudgetEstimated.class, (event, envelope) -> apply(event, event.elementId(), event.year(),
                    FigureColumns.ESTIMATE, event.figures(), BudgetChangeKind.ESTIMATED, envelope.reason(), envelope));
        on(BudgetEstimateRevised.class, (event, envelope) -> apply(event, event.elementId(), event.year(),
                    FigureColumns.ESTIMATE, event.figures(), BudgetChangeKind.REVISED, event.reason(), envelope));
        on(BudgetActualsRecorded.class, (event, envelope) -> apply(event, event.elementId(), event.year(),
                    FigureColumns.ACTUAL, event.figures(), BudgetChangeKind.ACTUALS, envelope.reason(), envelope));
        on(RevisionDiscarded.class, (event, envelope) -> discarded.deleteRows(event, "budget_line", "budget_history"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, TreeEvent.class, ProgressReported.class);
    }

    /** Sets the estimate or the actuals of the element's year, and adds the change to the history. */
    private void apply(PlanEvent event, ElementId elementId, int year, FigureColumns side, BudgetFigures figures,
                       BudgetChangeKind kind, String reason, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO budget_line (tenant, plan_id, element_id, year, %1$s)
                        VALUES (:tenant, :planId, :elementId, :year, %2$s)
                        ON CONFLICT (tenant, plan_id, element_id, year) DO UPDATE SET %3$s"""
                        .formatted(side.names(), side.parameters(), side.takeExcluded()))
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", elementId.value())
                .param("year", year)
                .params(side.values(figures, envelope.timestamp(), envelope.actor()))
                .update();
        jdbc.sql("""
                        INSERT INTO budget_history (tenant, plan_id, sequence, element_id, year, kind, reason, %s)
                        VALUES (:tenant, :planId, :sequence, :elementId, :year, :kind, :reason, %s)"""
                        .formatted(FigureColumns.HISTORY.names(), FigureColumns.HISTORY.parameters()))
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("sequence", envelope.sequenceNumber())
                .param("elementId", elementId.value())
                .param("year", year)
                .param("kind", kind.name())
                .param("reason", reason)
                .params(FigureColumns.HISTORY.values(figures, envelope.timestamp(), envelope.actor()))
                .update();
    }
}
