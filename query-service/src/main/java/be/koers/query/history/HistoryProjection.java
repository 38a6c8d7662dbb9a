package be.koers.query.history;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import be.koers.query.history.audit.AuditTrail;
import be.koers.query.plan.ElementChange;
import be.koers.query.plan.StatementChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The temporal projection: a version row per change of an element or of the statements, each the one before with
 * what the event changed, so the history holds what the working plan was at each moment without reading it. A
 * discard writes versions going back to the state when the revision opened, at its own instant. Editions are marked
 * by {@code plan_edition} (the adopting event's sequence), which names the elements an edition adopted as their
 * versions then stand. The cost and the rules: {@code query-service/HISTORY.md}.
 * <p>
 * Every event first gets its line in the audit trail ({@link AuditTrail}), which reads the versions as they stand
 * before the event: one fold, so no other projection needs to run before or after this one.
 */
@Component
@OwnsTables({ElementVersions.TABLE, StatementVersions.TABLE, OpenRevisions.TABLE, EditionLog.TABLE,
        AuditTrail.LINES_TABLE, AuditTrail.SUBJECTS_TABLE})
class HistoryProjection extends TableProjection {

    private static final Logger log = LoggerFactory.getLogger(HistoryProjection.class);

    private final ElementVersions elements;
    private final StatementVersions statements;
    private final OpenRevisions openRevisions;
    private final EditionLog editions;

    HistoryProjection(AuditTrail trail, ElementVersions elements, StatementVersions statements, OpenRevisions openRevisions,
                      EditionLog editions) {
        this.elements = elements;
        this.statements = statements;
        this.openRevisions = openRevisions;
        this.editions = editions;
        first(trail::record);
        on(PlanDrafted.class, statements::drafted);
        on(TreeEvent.class, (event, envelope) -> elements.record(event, ElementChange.of(event, envelope), envelope));
        on(MissionSet.class, this::statementsChanged);
        on(VisionSet.class, this::statementsChanged);
        on(CoreValuesSet.class, this::statementsChanged);
        on(RevisionOpened.class, openRevisions::opened);
        on(PlanAdopted.class, editions::first);
        on(RevisionAdopted.class, this::revisionAdopted);
        on(RevisionDiscarded.class, this::discarded);
        // the trail has a line for every event; the versions have no use for these
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(BudgetEvent.class, ProgressReported.class);
        ignores(PlanClosed.class);
    }

    private void statementsChanged(PlanEvent event, EventEnvelope envelope) {
        statements.record(event, StatementChange.of(event), envelope);
    }

    private void revisionAdopted(RevisionAdopted event, EventEnvelope envelope) {
        openRevisions.close(event);
        editions.next(event, envelope);
    }

    private void discarded(RevisionDiscarded event, EventEnvelope envelope) {
        openRevisions.close(event).ifPresentOrElse(opened -> {
            elements.restore(event, opened, envelope);
            statements.restore(event, opened, envelope);
        }, () -> log.warn("{} {} discards revision {} of plan {}, which the history has not seen open; ignored",
                envelope.type(), envelope.eventId(), event.revisionNumber(), event.planId()));
    }
}
