package be.koers.query.plan;

/**
 * An element's continuation as two columns, {@value #PLAN_ID} and {@value #ELEMENT_ID}, which {@link ElementRow}
 * reads: joined from {@code element_continuation} to the working or adopted elements, stored on each version of the
 * history. Both views join the same rows: a continuation is not plan content, so no revision copies it.
 */
public final class ContinuationColumns {

    public static final String PLAN_ID = "continues_plan_id";
    public static final String ELEMENT_ID = "continues_element_id";
    /** The two columns of the element row aliased {@code e}, with {@link #JOIN} after its table. */
    public static final String SELECT = "c.previous_plan_id AS " + PLAN_ID + ", c.previous_element_id AS " + ELEMENT_ID;
    /**
     * The continuation, if any, of each element {@code e}, looked up by the whole primary key. A plain left join let
     * a planner without statistics match every element of the plan against every continuation of the plan (by the
     * key's prefix, filtering on the element id): half a second for a Ghent-sized tree. OFFSET 0 keeps the
     * subquery a per-element lookup the planner cannot turn back into that join.
     */
    public static final String JOIN = " LEFT JOIN LATERAL (SELECT previous_plan_id, previous_element_id"
            + " FROM element_continuation c WHERE c.tenant = e.tenant AND c.plan_id = e.plan_id"
            + " AND c.element_id = e.element_id OFFSET 0) c ON true";

    private ContinuationColumns() {
    }
}
