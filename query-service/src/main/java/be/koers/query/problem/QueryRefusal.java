package be.koers.query.problem;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.support.problem.RequestRefused;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A question the read API will not answer, with the field and rule its problem body names. */
public class QueryRefusal extends RequestRefused {

    private QueryRefusal(HttpStatus status, String field, String rule, String detail) {
        super(status, field, rule, detail);
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

    /** The caller's administration was never created by an operator, so the read side knows nothing of it. */
    public static QueryRefusal tenantNotRegistered(TenantId tenant) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "tenant", "tenant-not-registered",
                "Your administration '" + tenant + "' is not registered with Koers; an operator creates it.");
    }

    /** {@code view=adopted} on a plan never adopted: it only has a draft. */
    public static QueryRefusal noAdoptedEdition(PlanId planId) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "view", "no-adopted-edition",
                "Plan " + planId + " has not been adopted yet: it only has a draft (view=draft).");
    }

    public static QueryRefusal unknownEdition(String field, PlanId planId, int edition) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, field, "unknown-edition", "Plan " + planId + " has no edition " + edition + ".");
    }

    public static QueryRefusal noEditionInForce(PlanId planId, LocalDate date) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, "date", "no-edition-in-force",
                "No edition of plan " + planId + " had been adopted with a decision date on or before " + date + ".");
    }

    /** An instant before the plan's first event: there was no plan to show. */
    public static QueryRefusal beforePlanExisted(String field, PlanId planId, Instant instant) {
        return new QueryRefusal(HttpStatus.NOT_FOUND, field, "before-plan-drafted",
                "Plan " + planId + " was not drafted yet at " + instant + ".");
    }

    /** A question that needs one of two parameters and got neither. */
    public static QueryRefusal oneOfRequired(String field, String other) {
        return new QueryRefusal(HttpStatus.BAD_REQUEST, field, "required", "Give " + field + " or " + other + ".");
    }

    /** A question that takes one of two parameters and got both. */
    public static QueryRefusal mutuallyExclusive(String field, String other) {
        return new QueryRefusal(HttpStatus.UNPROCESSABLE_ENTITY, field, "mutually-exclusive",
                "Give " + field + " or " + other + ", not both.");
    }

    public static QueryRefusal notBefore(String field, String other) {
        return new QueryRefusal(HttpStatus.UNPROCESSABLE_ENTITY, field, "not-before-" + kebab(other),
                field + " must not be before " + other + ".");
    }

    /** A parameter whose value is none of those it takes, like Spring's own 400 for a value it cannot convert. */
    public static QueryRefusal malformed(String field, String value, String expected) {
        return new QueryRefusal(HttpStatus.BAD_REQUEST, field, "malformed-value",
                "'" + value + "' is not a valid value for " + field + ": expected " + expected + ".");
    }

    public static QueryRefusal unknownValue(String field, String value, String rule) {
        return new QueryRefusal(HttpStatus.UNPROCESSABLE_ENTITY, field, rule, "'" + value + "' is not a known " + field + ".");
    }

    public static QueryRefusal outOfRange(String field, long value, long min, long max) {
        return new QueryRefusal(HttpStatus.UNPROCESSABLE_ENTITY, field, "out-of-range",
                field + " must be between " + min + " and " + max + ", not " + value + ".");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
