package be.koers.query.plan;

/**
 * The SQL condition that the plan has the element named by {@code :tenant}, {@code :planId} and {@code :elementId}:
 * continuations insert only when it holds, so an event naming an element the plan does not have is logged rather
 * than invented, as the element projection does.
 */
final class ElementExists {

    static final String CONDITION = "EXISTS (SELECT 1 FROM plan_element e"
            + " WHERE e.tenant = :tenant AND e.plan_id = :planId AND e.element_id = :elementId)";

    private ElementExists() {
    }
}
