package be.koers.planning.api.plan;

/** The levels an element of a plan can have; which of them a plan uses, and in what order, is its {@link PlanTemplate}. */
public enum Level {
    MAIN_STRATEGIC_GOAL,
    STRATEGIC_GOAL,
    OPERATIONAL_GOAL,
    POLICY_GOAL,
    STRATEGIC_ORGANISATIONAL_GOAL,
    OPERATIONAL_ORGANISATIONAL_GOAL,
    ACTION_PLAN,
    ACTIVITY,
    ACTION;

    public boolean isGoal() {
        return this != ACTION_PLAN && !isItem();
    }

    /** Activities and actions: the work that has an owning department and a political owner. */
    public boolean isItem() {
        return this == ACTIVITY || this == ACTION;
    }
}
