package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Applies one event to every projection, in one transaction with the duplicate check: the poll's transaction when
 * the listener applies a poll at once, else one of its own. An event that waits behind a parked one of its
 * aggregate, or that this service cannot read, is parked instead.
 */
@Component
class EventProjector {

    private static final Logger log = LoggerFactory.getLogger(EventProjector.class);

    private final AppliedEvents appliedEvents;
    private final List<Projection> projections;
    private final ParkedEvents parked;

    EventProjector(AppliedEvents appliedEvents, List<Projection> projections, ParkedEvents parked) {
        this.appliedEvents = appliedEvents;
        this.projections = projections;
        this.parked = parked;
    }

    @Transactional
    public Outcome project(PolledRecord polled, Holds holds) {
        if (holds.skipped(polled)) {
            return Outcome.SKIPPED;
        }
        if (holds.behindParked(polled)) {
            if (parked.stillParked(polled.sequenceKey())) {
                parked.waitBehind(polled);
                return Outcome.PARKED;
            }
            holds.released(polled);
        }
        if (polled.unreadable() != null) {
            log.error("Parked {} at {}: {}; the events of {} after it wait behind it", polled.describe(),
                    ProjectionListener.coordinates(polled.record()), polled.unreadable(), polled.sequenceKey());
            parked.park(polled, polled.unreadable(), 1);
            holds.parked(polled);
            return Outcome.PARKED;
        }
        return project(polled.envelope(), polled.event());
    }

    /** The event to every projection, unless its aggregate is already at or past its sequence number. */
    @Transactional
    public Outcome project(EventEnvelope envelope, TenantScoped event) {
        if (!appliedEvents.claim(envelope)) {
            return Outcome.DUPLICATE;
        }
        projections.forEach(projection -> projection.handlers().apply(event, envelope));
        return Outcome.APPLIED;
    }
}
