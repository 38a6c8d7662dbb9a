package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores through the REST API: staff record them, bulk uploads are all or nothing, corrections do not collide. */
class ScoreCommandsTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("scores");

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient planner;
    private ApiClient staff;
    private String planId;
    private String goal;

    @BeforeEach
    void planWithAGoal() {
        planner = as("planner", administration);
        staff = scorerOf(administration, "Green service");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        goal = planner.post("/api/plans/" + planId + "/goals", Map.of("level", "POLICY_GOAL", "title", "Green")).json().get("id").asText();
    }

    private String indicator(String kind, String frequency) {
        return indicator(kind, frequency, 80);
    }

    private String indicator(String kind, String frequency, int target) {
        Response response = planner.post("/api/plans/" + planId + "/indicators", Map.of("name", "Indicator", "unit", "%",
                "kind", kind, "direction", "HIGHER_IS_BETTER", "frequency", frequency, "ownerDepartment", "Green service",
                "targets", List.of(Map.of("period", "2031", "value", target)), "linkedElements", List.of(goal)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void staffRecordAndCorrectAScoreButCannotChangeThePlan() {
        String indicator = indicator("PERCENTAGE", "MONTHLY");
        assertThat(staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2027-03", "value", 64.2)).status()).isEqualTo(201);
        assertThat(staff.put("/api/indicators/" + indicator + "/scores/2027-03",
                Map.of("value", 46.2, "reason", "Digits swapped", "correctsRevision", 1)).status()).isEqualTo(200);
        assertThat(staff.put("/api/plans/" + planId + "/mission", Map.of("mission", "x")).status()).isEqualTo(403);
    }

    @Test
    void aCorrectionOnAStaleRevisionIs409() {
        String indicator = indicator("PERCENTAGE", "MONTHLY");
        staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "2027-03", "value", 64));
        staff.put("/api/indicators/" + indicator + "/scores/2027-03", Map.of("value", 46, "reason", "first", "correctsRevision", 1));
        Response second = staff.put("/api/indicators/" + indicator + "/scores/2027-03", Map.of("value", 47, "reason", "second", "correctsRevision", 1));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("field").asText()).isEqualTo("correctsRevision");
        assertThat(second.json().get("rule").asText()).isEqualTo("concurrent-correction");
    }

    @Test
    void aMalformedPeriodIs400() {
        String indicator = indicator("PERCENTAGE", "MONTHLY");
        Response response = staff.post("/api/indicators/" + indicator + "/scores", Map.of("period", "March 2027", "value", 64));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("period");
    }

    @Test
    void aBulkUploadWithBadRowsRecordsNothingAndReportsEveryRow() {
        String monthly = indicator("PERCENTAGE", "MONTHLY");
        String yesNo = indicator("YES_NO", "YEARLY", 1);
        long before = storedScores();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of("indicatorId", monthly, "period", "2027-01", "value", 60));
        rows.add(Map.of("indicatorId", monthly, "period", "2027-02", "value", 160));
        rows.add(Map.of("indicatorId", yesNo, "period", "2027", "value", 1));
        rows.add(Map.of("indicatorId", yesNo, "period", "2033", "value", 1));
        rows.add(Map.of("indicatorId", "no-such-indicator", "period", "2027", "value", 1));
        rows.add(Map.of("indicatorId", monthly, "period", "2027-01", "value", 61));

        Response response = staff.post("/api/scores/bulk", Map.of("rows", rows));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).extracting(e -> e.get("field").asText() + " " + e.get("rule").asText()).containsExactly(
                "rows[1].value percentage-between-0-and-100",
                "rows[3].period within-legislature",
                "rows[4].indicatorId unknown-indicator",
                "rows[5].period duplicate-row");
        assertThat(storedScores()).isEqualTo(before);
    }

    @Test
    void aValidBulkUploadRecordsEveryRow() {
        String monthly = indicator("NUMBER", "MONTHLY");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            rows.add(Map.of("indicatorId", monthly, "period", String.format("2027-%02d", month), "value", month * 1.5));
        }
        Response response = staff.post("/api/scores/bulk", Map.of("rows", rows));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("recorded").asInt()).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%ScoreRecorded'",
                Long.class, monthly)).isEqualTo(12);
    }

    private long storedScores() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ScoreRecorded'", Long.class);
    }
}
