package be.koers.query.audit;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.query.plan.FieldChange;

import java.util.List;

/**
 * What an audit line says about its event.
 *
 * @param elementId the element the event concerns, if any
 * @param summary   one English sentence with what changed from what to what
 * @param changes   the same, field by field
 * @param reason    the reason the event itself carries (a retirement's, a correction's); the line prefers the
 *                  X-Change-Reason of the request when there was one
 */
record Description(String elementId, String summary, List<FieldChange> changes, String reason) {

    static Description of(String elementId, String summary, List<FieldChange> changes) {
        return new Description(elementId, summary, changes, null);
    }

    static Description of(String summary) {
        return new Description(null, summary, List.of(), null);
    }

    /** For an event naming an element its plan does not have: the projections ignore it too, the line says so. */
    static Description unknownElement(PlanEvent event, ElementId id) {
        return of(id.value(), event.getClass().getSimpleName() + " names element " + id
                + ", which the plan does not have; ignored", List.of());
    }

    Description because(String eventReason) {
        return new Description(elementId, summary, changes, eventReason);
    }

    /** {@code subject}, and after a colon the changes, or that nothing changed. */
    static String sentence(String subject, List<FieldChange> changes) {
        return subject + ": " + (changes.isEmpty() ? "nothing changed" : FieldChange.phrases(changes));
    }
}
