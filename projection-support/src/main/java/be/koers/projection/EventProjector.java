package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Applies one event to every projection, in one transaction with the duplicate check: the poll's transaction when
 * the listener applies a poll at once, else one of its own.
 */
@Component
class EventProjector {

    private final AppliedEvents appliedEvents;
    private final List<Projection> projections;

    EventProjector(AppliedEvents appliedEvents, List<Projection> projections) {
        this.appliedEvents = appliedEvents;
        this.projections = projections;
    }

    @Transactional
    public Outcome project(EventEnvelope envelope, TenantScoped event) {
        if (!appliedEvents.claim(envelope)) {
            return Outcome.DUPLICATE;
        }
        projections.forEach(projection -> projection.handlers().apply(event, envelope));
        return Outcome.APPLIED;
    }
}
