package be.koers.query.problem;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import org.springframework.http.HttpStatus;

/** A question the read API will not answer, with the field and rule its problem body names. */
public class QueryRefusal extends RuntimeException {

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
    public static QueryRefusal unknownPlan(PlanId planId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "planId", "unknown-plan", "Your administration has no plan " + planId + ".");
    }

    public static QueryRefusal unknownElement(ElementId elementId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "elementId", "unknown-element", "The plan has no element " + elementId + ".");
    }

    /** Also for another tenant's indicator, like {@link #unknownPlan}. */
    public static QueryRefusal unknownIndicator(IndicatorId indicatorId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "indicatorId", "unknown-indicator",
                "Your administration has no indicator " + indicatorId + ".");
    }

    public static QueryRefusal outOfRange(String field, long value, long min, long max) {
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
