package be.koers.query.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;

/** The element of an earlier legislature's plan that an element carries over; ids only, that plan is another stream. */
public record Continuation(String planId, String elementId) {

    public static Continuation of(PlanId planId, ElementId elementId) {
        return new Continuation(planId.value(), elementId.value());
    }

    /** {@code element E of plan P}: how the audit trail writes it. */
    public String text() {
        return "element " + elementId + " of plan " + planId;
    }
}
