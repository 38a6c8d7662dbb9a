package be.koers.query.revision;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementEvent;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.ProjectionOrder;
import be.koers.projection.TableProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revisions and editions: the revision log, the edition log, and the adopted copy that the adopted view reads
 * while a revision is open and that a discard restores the working plan from.
 */
@Component
@Order(ProjectionOrder.CHANGE)
@OwnsTables({RevisionLog.TABLE, EditionLog.TABLE, "adopted_plan_element", "adopted_element_tag", "adopted_plan"})
class RevisionProjection extends TableProjection {

    private final RevisionLog revisions;
    private final EditionLog editions;
    private final AdoptedCopy adoptedCopy;

    RevisionProjection(RevisionLog revisions, EditionLog editions, AdoptedCopy adoptedCopy) {
        this.revisions = revisions;
        this.editions = editions;
        this.adoptedCopy = adoptedCopy;
        on(PlanAdopted.class, this::planAdopted);
        on(RevisionOpened.class, this::opened);
        on(RevisionAdopted.class, this::adopted);
        on(RevisionDiscarded.class, this::discarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        // the copy takes the working plan whole when a revision opens, whatever these changed before
        ignores(ElementEvent.class);
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanClosed.class);
    }

    private void planAdopted(PlanAdopted event, EventEnvelope envelope) {
        editions.first(event, envelope);
    }

    private void opened(RevisionOpened event, EventEnvelope envelope) {
        revisions.opened(event, envelope);
        adoptedCopy.take(event.tenant().value(), event.planId().value());
    }

    /** The working plan is the new edition now: the copy of the previous one has served. */
    private void adopted(RevisionAdopted event, EventEnvelope envelope) {
        revisions.adopted(event, envelope);
        editions.next(event, envelope);
        adoptedCopy.drop(event.tenant().value(), event.planId().value());
    }

    private void discarded(RevisionDiscarded event, EventEnvelope envelope) {
        revisions.discarded(event, envelope);
        adoptedCopy.restore(event.tenant().value(), event.planId().value());
        adoptedCopy.drop(event.tenant().value(), event.planId().value());
    }
}
