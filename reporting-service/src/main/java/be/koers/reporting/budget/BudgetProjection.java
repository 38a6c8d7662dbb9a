package be.koers.reporting.budget;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
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

/** The estimate and the actuals of every element and year; a new estimate or new actuals replace the old. */
@Component
@OwnsTables("budget_line")
class BudgetProjection extends TableProjection {

    private final JdbcClient jdbc;

    BudgetProjection(JdbcClient jdbc, DiscardedElements discarded) {
        this.jdbc = jdbc;
        on(BudgetEstimated.class, (e, envelope) -> set("est", e.planId(), e.elementId(), e.year(), e.figures()));
        on(BudgetEstimateRevised.class, (e, envelope) -> set("est", e.planId(), e.elementId(), e.year(), e.figures()));
        on(BudgetActualsRecorded.class, (e, envelope) -> set("act", e.planId(), e.elementId(), e.year(), e.figures()));
        on(RevisionDiscarded.class, (e, envelope) -> discarded.deleteRows(e, "budget_line"));
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the discard (above) is the one plan-wide event that concerns these rows
        ignores(PlanWideEvent.class, TreeEvent.class, ProgressReported.class);
    }

    /** {@code side} is the column prefix: {@code est} for the estimate, {@code act} for the actuals. */
    private void set(String side, PlanId planId, ElementId elementId, int year, BudgetFigures figures) {
        jdbc.sql("""
                        INSERT INTO budget_line (plan_id, element_id, year, %1$s_operating_expenditure, %1$s_operating_receipts,
                            %1$s_investment_expenditure, %1$s_investment_receipts, %1$s_staff_fte)
                        VALUES (:planId, :elementId, :year, :oe, :or, :ie, :ir, :fte)
                        ON CONFLICT (plan_id, element_id, year) DO UPDATE SET
                            %1$s_operating_expenditure = EXCLUDED.%1$s_operating_expenditure,
                            %1$s_operating_receipts = EXCLUDED.%1$s_operating_receipts,
                            %1$s_investment_expenditure = EXCLUDED.%1$s_investment_expenditure,
                            %1$s_investment_receipts = EXCLUDED.%1$s_investment_receipts,
                            %1$s_staff_fte = EXCLUDED.%1$s_staff_fte""".formatted(side))
                .param("planId", planId.value())
                .param("elementId", elementId.value())
                .param("year", year)
                .param("oe", figures.operatingExpenditure().amount())
                .param("or", figures.operatingReceipts().amount())
                .param("ie", figures.investmentExpenditure().amount())
                .param("ir", figures.investmentReceipts().amount())
                .param("fte", figures.staffFte())
                .update();
    }
}
