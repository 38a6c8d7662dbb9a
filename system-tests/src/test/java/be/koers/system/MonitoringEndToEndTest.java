package be.koers.system;

import be.koers.testing.KoersSystem;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.SseStream;
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

import static be.koers.system.SharedKoers.Administration.DASHBOARD;
import static be.koers.system.SharedKoers.Administration.MONITORING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff upload 1000 scores for 100 indicators through the bulk endpoint; the query-service's series and status
 * roll-ups equal what this test calculates from the same scores with the documented rules.
 */
class MonitoringEndToEndTest {

    static final int GOALS = 10;
    static final int INDICATORS_PER_GOAL = 10;
    static final int MONTHS = 10;
    static final BigDecimal TARGET = new BigDecimal("100");
    static final BigDecimal TOLERANCE = new BigDecimal("10"); // 10% of |target - baseline| with baseline 0

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = SharedKoers.get();
    }

    @Test
    void thousandScoresGiveTheSeriesAndRollUpsATestSideCalculationGives() {
        ApiClient planner = koers.commands(MONITORING.user("planner"), "planner");
        ApiClient recorder = koers.commands(MONITORING.user("planner"), "planner");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();

        Random random = new Random(20261125);
        Map<String, String> goalOfIndicator = new HashMap<>();
        Map<String, List<BigDecimal>> scoresOf = new HashMap<>();
        List<String> goals = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            String goal = planner.post("/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Goal " + g)).json().get("id").asText();
            goals.add(goal);
            for (int i = 0; i < INDICATORS_PER_GOAL; i++) {
                Response defined = planner.post("/api/plans/" + plan + "/indicators", Map.of("name", "Indicator " + g + "." + i,
                        "unit", "count", "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "MONTHLY",
                        "baseline", Map.of("value", 0, "date", "2026-12-31"),
                        "targets", List.of(Map.of("period", "2027", "value", TARGET)),
                        "ownerDepartment", "Department " + g, "linkedElements", List.of(goal)));
                assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
                String indicator = defined.json().get("id").asText();
                goalOfIndicator.put(indicator, goal);
                scoresOf.put(indicator, new ArrayList<>());
            }
        }

        for (int month = 1; month <= MONTHS; month++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String indicator : scoresOf.keySet()) {
                // Values between 70.00 and 119.99 spread the statuses over on track, at risk and off track.
                BigDecimal value = BigDecimal.valueOf(7000 + random.nextInt(5000), 2);
                scoresOf.get(indicator).add(value);
                rows.add(Map.of("indicatorId", indicator, "period", String.format("2027-%02d", month), "value", value));
            }
            Response upload = recorder.post("/api/scores/bulk", Map.of("rows", rows));
            assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
            assertThat(upload.json().get("recorded").asInt()).isEqualTo(rows.size());
        }

        ApiClient viewer = koers.queries(MONITORING.user("viewer"), "viewer");
        for (Map.Entry<String, List<BigDecimal>> expected : scoresOf.entrySet()) {
            JsonNode series = await("series of " + expected.getKey()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> viewer.get("/api/indicators/" + expected.getKey()).json().path("series"), s -> s.size() == MONTHS);
            List<BigDecimal> values = new ArrayList<>();
            series.forEach(point -> values.add(point.get("value").decimalValue()));
            assertThat(values).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected.getValue());
        }

        JsonNode status = viewer.get("/api/plans/" + plan + "/status").json();
        Map<String, JsonNode> statusOfGoal = new HashMap<>();
        status.get("elements").forEach(element -> statusOfGoal.put(element.get("elementId").asText(), element));
        List<String> goalStatuses = new ArrayList<>();
        for (String goal : goals) {
            List<String> parts = scoresOf.entrySet().stream().filter(e -> goalOfIndicator.get(e.getKey()).equals(goal))
                    .map(e -> indicatorStatus(e.getValue().get(MONTHS - 1))).toList();
            JsonNode actual = statusOfGoal.get(goal);
            assertThat(actual.get("counts").get("onTrack").asInt()).isEqualTo(count(parts, "ON_TRACK"));
            assertThat(actual.get("counts").get("atRisk").asInt()).isEqualTo(count(parts, "AT_RISK"));
            assertThat(actual.get("counts").get("offTrack").asInt()).isEqualTo(count(parts, "OFF_TRACK"));
            String expected = rollUp(parts);
            assertThat(actual.get("status").asText()).as("goal " + goal + " with parts " + parts).isEqualTo(expected);
            goalStatuses.add(expected);
            actual.get("indicators").forEach(indicator -> assertThat(indicator.get("status").asText())
                    .isEqualTo(indicatorStatus(scoresOf.get(indicator.get("indicatorId").asText()).get(MONTHS - 1))));
        }
        assertThat(status.get("status").asText()).isEqualTo(rollUp(goalStatuses));
    }

    @Test
    void aDashboardSeesAScoreRecordedThroughTheApiWithinASecond() throws Exception {
        ApiClient planner = koers.commands(DASHBOARD.user("planner"), "planner");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        String goal = planner.post("/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Clean air")).json().get("id").asText();
        String indicator = planner.post("/api/plans/" + plan + "/indicators", Map.of("name", "NO2", "unit", "µg/m³",
                "kind", "NUMBER", "direction", "LOWER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", "Environment",
                "targets", List.of(Map.of("period", "2027", "value", 25)), "linkedElements", List.of(goal))).json().get("id").asText();
        ApiClient viewer = koers.queries(DASHBOARD.user("viewer"), "viewer");
        await("indicator projected").atMost(Duration.ofSeconds(30)).until(() -> viewer.get("/api/indicators/" + indicator).status() == 200);

        try (SseStream stream = SseStream.open(koers.queryService.url() + "/api/indicators/" + indicator + "/stream", DASHBOARD.user("viewer"), "viewer", null)) {
            assertThat(stream.status()).isEqualTo(200);
            long recordedAt = System.nanoTime();
            assertThat(koers.commands(DASHBOARD.user("planner"), "planner").post("/api/indicators/" + indicator + "/scores",
                    Map.of("period", "2027", "value", 27.4)).status()).isEqualTo(201);

            SseStream.Event event = await("score pushed on the stream").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> stream.events().stream().filter(e -> "ScoreRecorded".equals(e.name())).findFirst(), java.util.Optional::isPresent)
                    .orElseThrow();
            System.out.printf("Score recorded through the API -> pushed on the SSE stream: %d ms%n", (event.receivedNanos() - recordedAt) / 1_000_000);
            assertThat(ApiClient.JSON.readTree(event.data()).at("/payload/value").decimalValue()).isEqualByComparingTo("27.4");
        }
    }

    /** HIGHER_IS_BETTER: at or above the target on track, within the tolerance below it at risk, else off track. */
    private static String indicatorStatus(BigDecimal latest) {
        if (latest.compareTo(TARGET) >= 0) {
            return "ON_TRACK";
        }
        return latest.compareTo(TARGET.subtract(TOLERANCE)) >= 0 ? "AT_RISK" : "OFF_TRACK";
    }

    /** Off track when more than a quarter of the parts are; at risk when any is off track or more than a quarter at risk. */
    private static String rollUp(List<String> parts) {
        int off = count(parts, "OFF_TRACK");
        int atRisk = count(parts, "AT_RISK");
        if (off * 4 > parts.size()) {
            return "OFF_TRACK";
        }
        return off > 0 || atRisk * 4 > parts.size() ? "AT_RISK" : "ON_TRACK";
    }

    private static int count(List<String> parts, String status) {
        return (int) parts.stream().filter(status::equals).count();
    }
}
