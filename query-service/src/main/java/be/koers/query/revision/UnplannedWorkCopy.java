package be.koers.query.revision;

import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.projection.EventHandlers;
import be.koers.projection.Projection;
import be.koers.projection.ProjectionOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Unplanned work recorded while a revision is open is no change of that revision: it is work done, which the
 * adopted view shows and a discard keeps. So it joins the adopted copy, right after the element projection (at
 * {@link ProjectionOrder#CHANGE}) wrote its working row, which is what the copy copies.
 */
@Component
@Order(ProjectionOrder.CHANGE + 1)
class UnplannedWorkCopy implements Projection {

    private final AdoptedCopy adoptedCopy;
    private final EventHandlers handlers = new EventHandlers().on(UnplannedWorkRecorded.class, this::recorded);

    UnplannedWorkCopy(AdoptedCopy adoptedCopy) {
        this.adoptedCopy = adoptedCopy;
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    /** None of its own: it writes the adopted copy, whose tables {@link RevisionProjection} names. */
    @Override
    public List<String> tables() {
        return List.of();
    }

    private void recorded(UnplannedWorkRecorded event, EventEnvelope envelope) {
        adoptedCopy.add(event.tenant().value(), event.planId().value(), event.itemId().value());
    }
}
