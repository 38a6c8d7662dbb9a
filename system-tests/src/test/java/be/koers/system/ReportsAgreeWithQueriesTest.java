package be.koers.system;

import be.koers.testing.KoersSystem;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static be.koers.system.SharedKoers.Administration.AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plan built through the command API, with budgets in cents, progress of every kind, unplanned work and scored
 * indicators: the reporting-service, fed by its own consumer into its own database, reports the same budgets,
 * progress and indicator statuses as the query-service's projections.
 */
class ReportsAgreeWithQueriesTest {

    static final int YEAR = 2027;
    static final List<String> STATUSES = List.of("NOT_STARTED", "STARTED", "ON_HOLD", "DONE", "CANCELLED");
    static final Map<String, String> STATUS_OF_LABEL = Map.of("On track", "ON_TRACK", "At risk", "AT_RISK",
            "Off track", "OFF_TRACK", "No data", "NO_DATA");

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = SharedKoers.get();
    }

    @Test
    void budgetsProgressAndIndicatorStatusesAgree() {
        ApiClient planner = koers.commands(AGREEMENT.user("planner"), "planner");
        Random random = new Random(20261125);
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "Agreement 2026-2031", "firstYear", 2026, "lastYear", 2031)));
        String plan = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Agreement plan", "template", "BBC")));
        String api = "/api/plans/" + plan;
        Map<String, String> titleOfGoal = new HashMap<>();
        List<String> items = new ArrayList<>();
        List<String> actionPlans = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int g = 1; g <= 3; g++) {
            String goal = created(planner.post(api + "/goals", Map.of("level", "POLICY_GOAL", "title", "Goal " + g,
                    "intendedResult", "Result " + g, "priority", true)));
            titleOfGoal.put(goal, "Goal " + g);
            estimate(planner, api, goal, random);
            for (int a = 1; a <= 2; a++) {
                String actionPlan = created(planner.post(api + "/action-plans", Map.of("parentId", goal, "title", "Plan " + g + "." + a,
                        "realisationTerm", Map.of("start", "2026-01-01", "end", "2031-12-31"))));
                actionPlans.add(actionPlan);
                for (int i = 1; i <= 3; i++) {
                    String item = created(planner.post(api + "/items", Map.of("parentId", actionPlan, "level", "ACTION",
                            "title", "Action " + g + "." + a + "." + i, "owner", owner(g), "actionType", "OPERATIONAL",
                            "period", Map.of("start", "2027-01-01", "end", "2028-12-31"))));
                    items.add(item);
                    estimate(planner, api, item, random);
                }
            }
            indicators.add(created(planner.post(api + "/indicators", Map.of("name", "Indicator " + g, "unit", "count",
                    "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY",
                    "baseline", Map.of("value", 0, "date", "2026-01-01"), "targets", List.of(Map.of("period", "2027", "value", 100)),
                    "ownerDepartment", "Department " + g, "linkedElements", List.of(goal)))));
        }
        assertThat(planner.post(api + "/adoption", Map.of("decisionDate", "2026-03-01", "decisionReference", "GR-1")).status()).isEqualTo(200);

        ApiClient recorder = koers.commands(AGREEMENT.user("planner"), "planner");
        for (String item : items) {
            String status = STATUSES.get(random.nextInt(STATUSES.size()));
            int percent = switch (status) {
                case "NOT_STARTED" -> 0;
                case "DONE" -> 100;
                default -> random.nextInt(100);
            };
            Map<String, Object> progress = new HashMap<>(Map.of("status", status, "percentComplete", percent));
            if (status.equals("CANCELLED")) {
                progress.put("cancellationReason", "No longer needed");
            }
            assertThat(recorder.put(api + "/items/" + item + "/progress", progress).status()).isEqualTo(200);
            actuals(planner, api, item, random);
        }
        String unplanned = created(recorder.post(api + "/unplanned-work", Map.of("parentId", actionPlans.get(0),
                "level", "ACTION", "title", "Unplanned", "owner", owner(1), "actionType", "OPERATIONAL",
                "period", Map.of("start", "2027-01-01", "end", "2027-12-31"), "cause", "OPPORTUNITY", "causeExplanation", "A subsidy call")));
        items.add(unplanned);
        actuals(planner, api, unplanned, random);
        for (int i = 0; i < indicators.size(); i++) {
            assertThat(recorder.post("/api/indicators/" + indicators.get(i) + "/scores",
                    Map.of("period", "2027", "value", 85 + 10 * i)).status()).isEqualTo(201);
        }

        ApiClient queries = koers.queries(AGREEMENT.user("viewer"), "viewer");
        ApiClient reports = koers.reports(AGREEMENT.user("viewer"), "viewer");
        // both sides have applied everything once the last score and the last actuals show on each
        await("query-service caught up").atMost(Duration.ofSeconds(60)).until(() ->
                queries.get("/api/indicators/" + indicators.get(2)).json().path("series").size() == 1
                        && queries.get(api + "/elements/" + unplanned + "/budget").json().path("lines").path(0).has("actual"));
        await("reporting-service caught up").atMost(Duration.ofSeconds(60)).until(() -> {
            Response realisation = reports.get(api + "/realisation/items");
            return realisation.status() == 200 && realisation.json().size() == items.size()
                    && reportedIndicatorStatuses(reports, plan).size() == 3
                    && !reportedIndicatorStatuses(reports, plan).contains("NO_DATA")
                    && itemOf(realisation.json(), unplanned).path("actualExpenditure").decimalValue().signum() > 0;
        });

        JsonNode budget = queries.get(api + "/budget?year=" + YEAR).json();
        Map<String, String[]> summary = csvRows(reports.download(api + "/reports/follow-up/tables/summary?year=" + YEAR + "&lang=en").text());
        for (Map.Entry<String, String> goal : titleOfGoal.entrySet()) {
            JsonNode rolledUp = node(budget.path("elements"), goal.getKey()).path("years").get(0).path("rolledUp");
            String[] row = summary.get(goal.getValue());
            assertThat(new BigDecimal(row[5])).as("estimate of " + goal.getValue()).isEqualByComparingTo(expenditure(rolledUp.path("estimate")));
            assertThat(new BigDecimal(row[6])).as("actuals of " + goal.getValue()).isEqualByComparingTo(expenditure(rolledUp.path("actual")));
        }

        JsonNode reported = reports.get(api + "/realisation/items").json();
        for (String item : items) {
            JsonNode progress = queries.get(api + "/elements/" + item + "/progress").json().path("current");
            JsonNode line = itemOf(reported, item);
            assertThat(line.path("progress").asText("NOT_STARTED")).as("progress of " + item)
                    .isEqualTo(progress.path("status").asText("NOT_STARTED"));
            assertThat(line.path("percentComplete").asInt()).isEqualTo(progress.path("percentComplete").asInt(0));
            JsonNode own = queries.get(api + "/elements/" + item + "/budget").json();
            assertThat(line.path("actualExpenditure").decimalValue()).as("actuals of " + item)
                    .isEqualByComparingTo(sumOfOwn(own, "actual"));
            assertThat(line.path("estimatedExpenditure").decimalValue()).as("estimate of " + item)
                    .isEqualByComparingTo(sumOfOwn(own, "estimate"));
        }

        List<String> queried = indicators.stream()
                .map(id -> queries.get("/api/indicators/" + id).json().path("series").get(0).path("status").asText())
                .toList();
        assertThat(reportedIndicatorStatuses(reports, plan)).containsExactlyElementsOf(queried);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json().get("id").asText();
    }

    private static Map<String, String> owner(int goal) {
        return Map.of("department", "Department " + goal, "politicalOwner", "Alderman " + goal);
    }

    private static void estimate(ApiClient planner, String api, String element, Random random) {
        Response response = planner.put(api + "/elements/" + element + "/budget/" + YEAR, Map.of("figures", figures(random)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void actuals(ApiClient planner, String api, String element, Random random) {
        Response response = planner.put(api + "/elements/" + element + "/budget/" + YEAR + "/actuals", figures(random));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** Amounts in cents, so a sum that went through a double anywhere would show. */
    private static Map<String, Object> figures(Random random) {
        return Map.of("operatingExpenditure", BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                "investmentExpenditure", BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                "operatingReceipts", BigDecimal.valueOf(random.nextInt(1_000_000), 2));
    }

    private static BigDecimal expenditure(JsonNode figures) {
        return figures.path("operatingExpenditure").decimalValue().add(figures.path("investmentExpenditure").decimalValue());
    }

    private static BigDecimal sumOfOwn(JsonNode elementBudget, String side) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : elementBudget.path("lines")) {
            JsonNode figures = line.path(side).path("figures");
            if (!figures.isMissingNode() && !figures.isNull()) {
                sum = sum.add(expenditure(figures));
            }
        }
        return sum;
    }

    private static List<String> reportedIndicatorStatuses(ApiClient reports, String plan) {
        List<String> statuses = new ArrayList<>();
        for (int goal = 1; goal <= 3; goal++) {
            ApiClient.Download table = reports.download("/api/plans/" + plan + "/reports/follow-up/tables/goal-" + goal
                    + "-indicators?year=" + YEAR + "&lang=en");
            if (table.status() != 200) {
                return List.of();
            }
            csvRows(table.text()).values().forEach(row -> statuses.add(STATUS_OF_LABEL.get(row[row.length - 1])));
        }
        return statuses;
    }

    /** Rows by their first cell; the titles this test writes hold no separators or quotes. */
    private static Map<String, String[]> csvRows(String csv) {
        Map<String, String[]> rows = new HashMap<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            rows.put(cells[0], cells);
        }
        return rows;
    }

    private static JsonNode node(JsonNode elements, String id) {
        for (JsonNode element : elements) {
            if (element.path("elementId").asText().equals(id)) {
                return element;
            }
            JsonNode found = node(element.path("children"), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode itemOf(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("itemId").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }
}
