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
import be.koers.projection.TableProjection;
import org.springframework.stereotype.Component;

/**
 * Revisions and editions: the revision log and the edition log. The plan as last adopted, which the adopted view
 * reads while a revision is open and a discard restores, is the plan package's own (its element and plan
 * projections).
 */
@Component
@OwnsTables({RevisionLog.TABLE, EditionLog.TABLE})
class RevisionProjection extends TableProjection {

    private final RevisionLog revisions;
    private final EditionLog editions;

    RevisionProjection(RevisionLog revisions, EditionLog editions) {
        this.revisions = revisions;
        this.editions = editions;
        on(PlanAdopted.class, this::planAdopted);
        on(RevisionOpened.class, revisions::opened);
        on(RevisionAdopted.class, this::adopted);
        on(RevisionDiscarded.class, revisions::discarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(ElementEvent.class);
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanClosed.class);
    }

    private void planAdopted(PlanAdopted event, EventEnvelope envelope) {
        editions.first(event, envelope);
    }

    private void adopted(RevisionAdopted event, EventEnvelope envelope) {
        revisions.adopted(event, envelope);
        editions.next(event, envelope);
    }
}
