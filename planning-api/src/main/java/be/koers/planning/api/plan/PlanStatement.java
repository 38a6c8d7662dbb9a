package be.koers.planning.api.plan;

/** The plan's statements, each set as a whole by its own command and event. */
public enum PlanStatement {
    MISSION, VISION, CORE_VALUES
}
