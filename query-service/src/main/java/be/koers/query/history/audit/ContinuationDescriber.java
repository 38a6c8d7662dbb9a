package be.koers.query.history.audit;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.query.history.CurrentVersions;
import be.koers.query.plan.Continuation;
import be.koers.query.plan.ElementField;
import be.koers.query.plan.ElementNames;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines for the continuity of elements across legislatures: "Goal 'Enough green space' declared to continue element
 * G7 of plan P2019". The earlier element is named by its ids: its plan is another stream, which a rebuild may replay
 * after this one, and a line reads only its own stream's state.
 */
@Component
class ContinuationDescriber implements Describer {

    private final CurrentVersions elements;

    ContinuationDescriber(CurrentVersions elements) {
        this.elements = elements;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(ContinuationDeclared.class, (e, envelope) -> {
                    Continuation declared = Continuation.of(e.previousPlanId(), e.previousElementId());
                    return describe(e, e.elementId(), declared, "declared to continue " + declared.text());
                })
                .on(ContinuationWithdrawn.class, (e, envelope) -> describe(e, e.elementId(), null,
                        "no longer declared to continue " + Continuation.of(e.previousPlanId(), e.previousElementId()).text()
                                + ": " + e.reason()).because(e.reason()));
    }

    /** The element named with its title, and its continuation from what it was to {@code after} (null: none). */
    private Description describe(PlanEvent event, ElementId id, Continuation after, String predicate) {
        Optional<ElementNode> before = elements.element(event.tenant().value(), event.planId().value(), id.value());
        if (before.isEmpty()) {
            return Description.unknownElement(event, id);
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, ElementField.CONTINUES.change(before.get().continues(), after));
        return Description.of(id.value(), ElementNames.named(before.get().level(), before.get().title()) + " " + predicate,
                changes);
    }
}
