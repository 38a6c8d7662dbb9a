package be.koers.query.plan;

import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.VisionSet;
import be.koers.projection.SqlArrays;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one event does to a plan's statements: the column it sets, named as in {@code plan}. The working plan and the
 * history's statement versions fold the events through this one translation.
 */
public record StatementChange(Map<String, Object> columns) {

    public static StatementChange of(PlanEvent event) {
        if (event instanceof MissionSet e) {
            return setting("mission", e.mission());
        }
        if (event instanceof VisionSet e) {
            return setting("vision", e.vision());
        }
        if (event instanceof CoreValuesSet e) {
            return setting("core_values", SqlArrays.of(e.coreValues()));
        }
        throw new IllegalArgumentException(event.getClass().getSimpleName() + " sets no statement");
    }

    private static StatementChange setting(String column, Object value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(column, value);
        return new StatementChange(Collections.unmodifiableMap(columns));
    }
}
