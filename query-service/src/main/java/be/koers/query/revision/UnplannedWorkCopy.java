package be.koers.query.revision;

import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.projection.OwnsTables;
import be.koers.projection.ProjectionOrder;
import be.koers.projection.TableProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Unplanned work recorded while a revision is open is no change of that revision: it is work done, which the
 * adopted view shows and a discard keeps. So it joins the adopted copy, right after the element projection (at
 * {@link ProjectionOrder#CHANGE}) wrote its working row, which is what the copy copies. None of the tables are its
 * own: it writes the adopted copy, whose tables {@link RevisionProjection} owns.
 */
@Component
@Order(ProjectionOrder.CHANGE + 1)
@OwnsTables({})
class UnplannedWorkCopy extends TableProjection {

    private final AdoptedCopy adoptedCopy;

    UnplannedWorkCopy(AdoptedCopy adoptedCopy) {
        this.adoptedCopy = adoptedCopy;
        on(UnplannedWorkRecorded.class, this::recorded);
    }

    private void recorded(UnplannedWorkRecorded event, EventEnvelope envelope) {
        adoptedCopy.add(event.tenant().value(), event.planId().value(), event.itemId().value());
    }
}
