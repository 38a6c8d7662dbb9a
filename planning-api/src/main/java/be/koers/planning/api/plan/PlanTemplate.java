package be.koers.planning.api.plan;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static be.koers.planning.api.plan.Level.*;

/**
 * The hierarchy of a plan, chosen when the plan is drafted, because administrations structure their plans
 * differently. For each level it says under which levels an element of that level may hang; a root level hangs
 * directly under the plan.
 */
public enum PlanTemplate {
    /** BBC (beleids- en beheerscyclus): policy goal → action plan → action. */
    BBC(POLICY_GOAL,
            Map.of(ACTION_PLAN, EnumSet.of(POLICY_GOAL),
                    ACTION, EnumSet.of(ACTION_PLAN))),
    /** Ghent: main strategic goal → strategic goal → operational goal → activity | action (an action may also hang under an activity). */
    GHENT(MAIN_STRATEGIC_GOAL,
            Map.of(STRATEGIC_GOAL, EnumSet.of(MAIN_STRATEGIC_GOAL),
                    OPERATIONAL_GOAL, EnumSet.of(STRATEGIC_GOAL),
                    ACTIVITY, EnumSet.of(OPERATIONAL_GOAL),
                    ACTION, EnumSet.of(OPERATIONAL_GOAL, ACTIVITY))),
    /** Flemish entity: policy goal → strategic organisational goal → operational organisational goal → action. */
    FLEMISH_ENTITY(POLICY_GOAL,
            Map.of(STRATEGIC_ORGANISATIONAL_GOAL, EnumSet.of(POLICY_GOAL),
                    OPERATIONAL_ORGANISATIONAL_GOAL, EnumSet.of(STRATEGIC_ORGANISATIONAL_GOAL),
                    ACTION, EnumSet.of(OPERATIONAL_ORGANISATIONAL_GOAL)));

    private final Level rootLevel;
    private final Map<Level, Set<Level>> allowedParents;

    PlanTemplate(Level rootLevel, Map<Level, Set<Level>> allowedParents) {
        this.rootLevel = rootLevel;
        this.allowedParents = new EnumMap<>(allowedParents);
    }

    public Level rootLevel() {
        return rootLevel;
    }

    public boolean uses(Level level) {
        return level == rootLevel || allowedParents.containsKey(level);
    }

    /** Whether an element of {@code level} may hang under a parent of {@code parentLevel} (empty: directly under the plan). */
    public boolean allows(Level level, Optional<Level> parentLevel) {
        if (parentLevel.isEmpty()) {
            return level == rootLevel;
        }
        return allowedParents.getOrDefault(level, Set.of()).contains(parentLevel.get());
    }

    public Set<Level> allowedParentsOf(Level level) {
        return Set.copyOf(allowedParents.getOrDefault(level, Set.of()));
    }
}
