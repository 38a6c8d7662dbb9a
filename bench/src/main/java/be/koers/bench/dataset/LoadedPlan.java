package be.koers.bench.dataset;

import be.koers.planning.api.plan.Period;
import be.koers.testing.ApiClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One administration's plan as the benchmark loaded it: what later phases edit, score and read.
 *
 * @param planner    the tenant's planner, on the command-service
 * @param items      its activities and actions
 * @param indicators its monthly indicators
 */
public record LoadedPlan(String tenant, String planId, ApiClient planner, List<Item> items, List<String> indicators) {

    public String path() {
        return "/api/plans/" + planId;
    }

    /** An activity or an action; an action has an action type and a period, which a revision must repeat. */
    public record Item(String id, String level, String title, String actionType, Period period) {

        public boolean isAction() {
            return "ACTION".equals(level);
        }

        /** The body of a revision that gives it a new title and keeps everything else. */
        public Map<String, Object> revisedTo(String newTitle) {
            Map<String, Object> revision = new HashMap<>(Map.of("title", newTitle, "description", "Revised by the benchmark"));
            if (isAction()) {
                revision.put("actionType", actionType);
                revision.put("period", period);
                revision.put("preconditions", List.of());
            }
            return revision;
        }
    }
}
