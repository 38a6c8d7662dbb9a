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
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.springframework.stereotype.Component;

/**
 * The revision log. The plan as last adopted, which the adopted view reads while a revision is open and a discard
 * restores, is the plan package's own (its element and plan projections); the edition log is the history's, which
 * names an edition's elements from its versions.
 */
@Component
@OwnsTables(RevisionLog.TABLE)
class RevisionProjection extends TableProjection {

    RevisionProjection(RevisionLog revisions) {
        on(RevisionOpened.class, revisions::opened);
        on(RevisionAdopted.class, revisions::adopted);
        on(RevisionDiscarded.class, revisions::discarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(ElementEvent.class);
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanAdopted.class, PlanClosed.class);
    }

}
