package be.koers.query.history.audit;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.query.plan.FieldChange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit line says about its event.
 *
 * @param elementId the element the event concerns, if any
 * @param summary   one English sentence with what changed from what to what
 * @param changes   the same, field by field
 * @param reason    the reason the event itself carries (a retirement's, a correction's); the line prefers the
 *                  X-Change-Reason of the request when there was one
 * @param subject   the subject whose values the trail keeps, if any: its fields take the changes' "to" values
 * @param alsoSaid  values of the subject that the line does not show as changes (a drafted plan's status)
 */
record Description(String elementId, String summary, List<FieldChange> changes, String reason, AuditSubject subject,
                   Map<String, String> alsoSaid) {

    static Description of(String elementId, String summary, List<FieldChange> changes) {
        return new Description(elementId, summary, changes, null, null, Map.of());
    }

    static Description of(String summary) {
        return of(null, summary, List.of());
    }

    /** For an event naming an element its plan does not have: the projections ignore it too, the line says so. */
    static Description unknownElement(PlanEvent event, ElementId id) {
        return of(id.value(), event.getClass().getSimpleName() + " names element " + id
                + ", which the plan does not have; ignored", List.of());
    }

    Description because(String eventReason) {
        return new Description(elementId, summary, changes, eventReason, subject, alsoSaid);
    }

    Description about(AuditSubject of) {
        return about(of, Map.of());
    }

    Description about(AuditSubject of, Map<String, String> values) {
        return new Description(elementId, summary, changes, reason, of, values);
    }

    /** The subject's values after the line: what it says besides, and each change's "to". */
    Map<String, String> said() {
        Map<String, String> said = new HashMap<>(alsoSaid);
        changes.forEach(change -> said.put(change.field(), change.to()));
        return said;
    }

    /** {@code subject}, and after a colon the changes, or that nothing changed. */
    static String sentence(String subject, List<FieldChange> changes) {
        return subject + ": " + (changes.isEmpty() ? "nothing changed" : FieldChange.phrases(changes));
    }
}
