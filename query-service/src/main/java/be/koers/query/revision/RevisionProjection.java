package be.koers.query.revision;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.stereotype.Component;

/**
 * Revisions and editions: the revision log and the edition log, which names the elements of each edition as they
 * were adopted from names of its own ({@link EditionElements}). The plan as last adopted, which the adopted view
 * reads while a revision is open and a discard restores, is the plan package's own (its element and plan
 * projections).
 */
@Component
@OwnsTables({RevisionLog.TABLE, EditionLog.TABLE, EditionElements.TABLE})
class RevisionProjection extends TableProjection {

    private final RevisionLog revisions;
    private final EditionLog editions;
    private final EditionElements elements;

    RevisionProjection(RevisionLog revisions, EditionLog editions, EditionElements elements) {
        this.revisions = revisions;
        this.editions = editions;
        this.elements = elements;
        on(GoalDefined.class, elements::apply);
        on(ActionPlanDefined.class, elements::apply);
        on(ItemDefined.class, elements::apply);
        on(UnplannedWorkRecorded.class, elements::apply);
        on(GoalRevised.class, elements::apply);
        on(ActionPlanRevised.class, elements::apply);
        on(ItemRevised.class, elements::apply);
        on(ElementRetired.class, elements::apply);
        on(PlanAdopted.class, editions::first);
        on(RevisionOpened.class, this::opened);
        on(RevisionAdopted.class, this::adopted);
        on(RevisionDiscarded.class, this::discarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // what an edition names of an element is its level, title and status
        ignores(OwnerReassigned.class, ElementMoved.class, ElementRetagged.class, ContinuationDeclared.class,
                ContinuationWithdrawn.class, BudgetEvent.class, ProgressReported.class);
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanClosed.class);
    }

    private void opened(RevisionOpened event, EventEnvelope envelope) {
        revisions.opened(event, envelope);
        elements.revisionOpened(event);
    }

    private void adopted(RevisionAdopted event, EventEnvelope envelope) {
        revisions.adopted(event, envelope);
        editions.next(event, envelope);
        elements.revisionClosed(event);
    }

    private void discarded(RevisionDiscarded event, EventEnvelope envelope) {
        revisions.discarded(event, envelope);
        elements.revisionDiscarded(event);
    }
}
