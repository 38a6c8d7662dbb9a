package be.koers.query.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import org.springframework.http.HttpStatus;

/** A question the read API will not answer, with the field and rule its problem body names. */
class QueryRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String rule;

    private QueryRefusal(HttpStatus status, String field, String rule, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    /** Also for another tenant's plan: whether it exists elsewhere is not the caller's business. */
    static QueryRefusal unknownPlan(PlanId planId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "planId", "unknown-plan", "Your administration has no plan " + planId + ".");
    }

    static QueryRefusal unknownElement(ElementId elementId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "elementId", "unknown-element", "The plan has no element " + elementId + ".");
    }

    static QueryRefusal outOfRange(String field, int value, int min, int max) {
        return new QueryRefusal(HttpStatus.UNPROCESSABLE_ENTITY, field, "out-of-range",
                field + " must be between " + min + " and " + max + ", not " + value + ".");
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
