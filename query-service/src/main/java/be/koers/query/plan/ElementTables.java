package be.koers.query.plan;

/**
 * The tables one state of a plan's elements is read from: the working tables, or the adopted copy kept while a
 * revision is open ({@link AdoptedElements}, {@link AdoptedStatements}). Names are constants, never input.
 */
public record ElementTables(String elements, String tags, String statements) {

    public static final ElementTables WORKING = new ElementTables("plan_element", "element_tag", "plan");
    public static final ElementTables ADOPTED_COPY = new ElementTables("adopted_plan_element", "adopted_element_tag", "adopted_plan");

    /**
     * Where the view of this plan is: the adopted copy only while a revision is open; otherwise the working tables
     * hold the adopted plan themselves (changes after adoption happen inside revisions only).
     */
    static ElementTables of(PlanRow plan, AdoptedOrDraft view) {
        return view == AdoptedOrDraft.ADOPTED && plan.openRevision() != null ? ADOPTED_COPY : WORKING;
    }
}
