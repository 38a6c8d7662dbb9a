package be.koers.bench.dataset;

import be.koers.bench.Calls;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.plan.Period;
import be.koers.testing.ApiClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads one administration's plan through the command API as its planner would: a legislature, a Ghent-template
 * plan with its statements and tree, budget estimates for the activities, progress on a third of the actions, the
 * adoption, and the monthly indicators.
 */
final class PlanLoader {

    static final int FIRST_YEAR = 2026;
    static final int LAST_YEAR = 2031;
    private static final String[] ACTION_TYPES = {"OPERATIONAL", "COORDINATION", "NETWORK_EXPLORATION"};

    private final String tenant;
    private final ApiClient planner;
    private final AtomicLong commands;
    private final ExecutorService lanes;
    private String planPath;

    /** @param lanes sends the commands of one level side by side: the plan decides them one by one, but HTTP and JSON overlap */
    PlanLoader(String tenant, ApiClient planner, AtomicLong commands, ExecutorService lanes) {
        this.tenant = tenant;
        this.planner = planner;
        this.commands = commands;
        this.lanes = lanes;
    }

    /** The commands {@link #load} sends for a plan of this shape, its indicators apart: for the progress log. */
    static long commands(PlanShape shape) {
        int statements = 5; // legislature, plan, mission, vision, core values
        int budgets = 2 * shape.activities();
        int progress = (shape.actions() + 2) / 3;
        return statements + shape.total() + budgets + progress + 1; // and the adoption
    }

    LoadedPlan load(PlanShape shape, int indicators) {
        String legislature = tenant + "-" + FIRST_YEAR + "-" + LAST_YEAR;
        String planId = tenant + "-plan-" + FIRST_YEAR + "-" + LAST_YEAR;
        send(planner.post("/api/legislatures", Map.of("legislatureId", legislature, "name", FIRST_YEAR + "-" + LAST_YEAR,
                "firstYear", FIRST_YEAR, "lastYear", LAST_YEAR)), "legislature");
        send(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("planId", planId,
                "title", "Meerjarenplan " + tenant + " " + FIRST_YEAR + "-" + LAST_YEAR, "template", "GHENT")), "plan");
        planPath = "/api/plans/" + planId;
        send(planner.put(planPath + "/mission", Map.of("mission", "A creative, solidary and sustainable " + tenant)), "mission");
        send(planner.put(planPath + "/vision", Map.of("vision", "In " + LAST_YEAR + " every resident lives near a park")), "vision");
        send(planner.put(planPath + "/core-values", Map.of("coreValues", List.of("Open", "Solidary", "Sustainable"))), "core values");

        List<String> mains = goals("MAIN_STRATEGIC_GOAL", shape.mainGoals(), List.of());
        List<String> strategic = goals("STRATEGIC_GOAL", shape.strategicGoals(), mains);
        List<String> operational = goals("OPERATIONAL_GOAL", shape.operationalGoals(), strategic);
        List<LoadedPlan.Item> activities = items("ACTIVITY", shape.activities(), operational, 0);
        List<String> activityIds = activities.stream().map(LoadedPlan.Item::id).toList();
        // four in five actions hang under an activity, the others directly under an operational goal, as in Ghent's plan
        List<LoadedPlan.Item> actions = new ArrayList<>(items("ACTION", shape.actions() * 4 / 5, activityIds, 0));
        actions.addAll(items("ACTION", shape.actions() - actions.size(), operational, actions.size()));

        List<Runnable> budgetsAndProgress = new ArrayList<>();
        activities.forEach(activity -> budgetsAndProgress.add(() -> estimateBudget(activity)));
        for (int i = 0; i < actions.size(); i += 3) {
            String path = planPath + "/items/" + actions.get(i).id() + "/progress";
            Map<String, Object> progress = Map.of("status", "STARTED", "percentComplete", 10 + i % 80);
            budgetsAndProgress.add(() -> send(planner.put(path, progress), "progress"));
        }
        sideBySide(budgetsAndProgress);
        send(planner.post(planPath + "/adoption", Map.of("decisionDate", (FIRST_YEAR - 1) + "-12-18",
                "decisionReference", "GR-" + (FIRST_YEAR - 1) + "-12-18/" + tenant)), "adoption");

        List<String> indicatorIds = new ArrayList<>();
        List<Runnable> definitions = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            String id = tenant + "-indicator-" + i;
            int n = i;
            definitions.add(() -> defineIndicator(id, n, strategic.get(n % strategic.size())));
            indicatorIds.add(id);
        }
        sideBySide(definitions);
        List<LoadedPlan.Item> items = new ArrayList<>(activities);
        items.addAll(actions);
        return new LoadedPlan(tenant, planId, planner, List.copyOf(items), List.copyOf(indicatorIds));
    }

    private List<String> goals(String level, int count, List<String> parents) {
        List<String> ids = new ArrayList<>();
        List<Runnable> definitions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = tenant + "-" + level.toLowerCase() + "-" + i;
            Map<String, Object> goal = new HashMap<>(Map.of("id", id, "level", level, "title", title(level, i),
                    "intendedResult", "Measurably better by " + LAST_YEAR, "priority", false, "tags", Vocabulary.tags(i)));
            if (!parents.isEmpty()) {
                goal.put("parentId", parents.get(i % parents.size()));
            }
            definitions.add(() -> send(planner.post(planPath + "/goals", goal), level));
            ids.add(id);
        }
        sideBySide(definitions);
        return ids;
    }

    private List<LoadedPlan.Item> items(String level, int count, List<String> parents, int firstNumber) {
        List<LoadedPlan.Item> items = new ArrayList<>();
        List<Runnable> definitions = new ArrayList<>();
        for (int n = firstNumber; n < firstNumber + count; n++) {
            String id = tenant + "-" + level.toLowerCase() + "-" + n;
            LoadedPlan.Item item = level.equals("ACTION")
                    ? new LoadedPlan.Item(id, level, title(level, n), ACTION_TYPES[n % ACTION_TYPES.length], period(n))
                    : new LoadedPlan.Item(id, level, title(level, n), null, null);
            Map<String, Object> request = new HashMap<>(Map.of("id", id, "parentId", parents.get(n % parents.size()),
                    "level", level, "title", item.title(), "owner", Vocabulary.owner(n), "tags", Vocabulary.tags(n)));
            if (item.isAction()) {
                request.put("actionType", item.actionType());
                request.put("period", item.period());
            }
            definitions.add(() -> send(planner.post(planPath + "/items", request), level));
            items.add(item);
        }
        sideBySide(definitions);
        return items;
    }

    private void estimateBudget(LoadedPlan.Item activity) {
        int n = Math.abs(activity.id().hashCode() % 900);
        for (int year = FIRST_YEAR; year <= FIRST_YEAR + 1; year++) {
            BudgetFigures figures = new BudgetFigures(Euro.of((10_000 + n * 1_000) + ".00"), Euro.of((n * 100) + ".00"),
                    Euro.of((n * 2_500) + ".00"), null, new BigDecimal("1.5"));
            send(planner.put(planPath + "/elements/" + activity.id() + "/budget/" + year, Map.of("figures", figures)), "budget");
        }
    }

    private void defineIndicator(String id, int i, String goal) {
        Map<String, Object> indicator = new HashMap<>(Map.of("id", id, "name", "Indicator " + i + " of " + tenant,
                "unit", "count", "kind", "NUMBER", "direction", "HIGHER_IS_BETTER",
                "baseline", Map.of("value", 100, "date", (FIRST_YEAR - 1) + "-12-31"),
                "targets", List.of(Map.of("period", String.valueOf(FIRST_YEAR + 2), "value", 120),
                        Map.of("period", String.valueOf(LAST_YEAR), "value", 150))));
        indicator.putAll(Map.of("frequency", "MONTHLY", "dataSource", "Municipal register",
                "ownerDepartment", Vocabulary.department(i), "linkedElements", List.of(goal)));
        send(planner.post(planPath + "/indicators", indicator), "indicator");
    }

    static Period period(int i) {
        LocalDate start = LocalDate.of(FIRST_YEAR, 1 + i % 12, 1);
        return new Period(start, start.plusMonths(6 + i % 30).minusDays(1));
    }

    private static String title(String level, int i) {
        return switch (level) {
            case "MAIN_STRATEGIC_GOAL" -> "Pillar " + i;
            case "STRATEGIC_GOAL" -> "Strategic goal " + i;
            case "OPERATIONAL_GOAL" -> "Operational goal " + i;
            case "ACTIVITY" -> "Activity " + i;
            default -> "Action " + i;
        };
    }

    private void sideBySide(List<Runnable> sends) {
        try {
            for (Future<?> sent : lanes.invokeAll(sends.stream().map(Executors::callable).toList())) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        }
    }

    private void send(ApiClient.Response response, String what) {
        Calls.accepted(response, tenant + " " + what);
        commands.incrementAndGet();
    }
}
