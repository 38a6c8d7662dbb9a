package be.koers.query.history;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.TableProjection;
import be.koers.projection.ProjectionOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * The temporal projection: a version row per change of an element or of the statements, copied from the working
 * plan once the event has been applied to it, so the history holds exactly what the working plan was at each
 * moment. A discard writes versions restoring the adopted state at its own instant. Editions are marked by
 * {@code plan_edition} (the adopting event's sequence). The cost and the rules: {@code query-service/HISTORY.md}.
 */
@Component
@Order(ProjectionOrder.AFTER_CHANGE)
class HistoryProjection extends TableProjection {

    private final ElementVersions elements;
    private final StatementVersions statements;

    HistoryProjection(ElementVersions elements, StatementVersions statements) {
        super(ElementVersions.TABLE, StatementVersions.TABLE);
        this.elements = elements;
        this.statements = statements;
        on(TreeEvent.class, (event, envelope) -> elements.record(event, event.elementId(), envelope));
        on(PlanDrafted.class, statements::record);
        on(MissionSet.class, statements::record);
        on(VisionSet.class, statements::record);
        on(CoreValuesSet.class, statements::record);
        on(RevisionDiscarded.class, this::discarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(BudgetEvent.class, ProgressReported.class);
        // they change no element or statement; the editions are RevisionProjection's (plan_edition)
        ignores(PlanAdopted.class, RevisionAdopted.class, RevisionOpened.class, PlanClosed.class);
    }

    private void discarded(RevisionDiscarded event, EventEnvelope envelope) {
        elements.restore(event, envelope);
        statements.restore(event, envelope);
    }
}
