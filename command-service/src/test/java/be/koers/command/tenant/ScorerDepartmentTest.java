package be.koers.command.tenant;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorer records scores, progress and unplanned work for their own department's items and indicators only, the
 * department their token names matched by the administration's rule; a planner records for any department.
 */
class ScorerDepartmentTest extends CommandServiceIntegrationTest {

    private final String administration = newAdministration("scorers");
    private ApiClient planner;
    private String planId;
    private String goal;

    @BeforeEach
    void aGhentPlanDownToAnOperationalGoal() {
        planner = as("planner", administration);
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)));
        planId = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "GHENT")));
        String main = created(planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Ecological pillar")));
        String strategic = created(planner.post(plan("/goals"), Map.of("level", "STRATEGIC_GOAL", "parentId", main, "title", "Green space")));
        goal = created(planner.post(plan("/goals"), Map.of("level", "OPERATIONAL_GOAL", "parentId", strategic, "title", "Parks")));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void aScorerRecordsForTheirOwnDepartmentAndIsRefusedAnothers() {
        ApiClient parks = scorerOf(administration, "Green service");
        scorerOf(administration, "Mobility service");
        String parksAction = action("Construct the Bloemekespark", "Green service");
        String mobilityAction = action("Calm the school streets", "Mobility service");
        String parksIndicator = indicator("Residents near a park", "green service");
        String mobilityIndicator = indicator("Quiet streets", "Mobility service");
        assertThat(planner.post(plan("/adoption"), Map.of("decisionDate", "2026-03-01", "decisionReference", "Council 1")).status())
                .isEqualTo(200);

        assertThat(parks.put(plan("/items/" + parksAction + "/progress"), Map.of("status", "STARTED", "percentComplete", 10)).status())
                .isEqualTo(200);
        assertRefused(parks.put(plan("/items/" + mobilityAction + "/progress"), Map.of("status", "STARTED", "percentComplete", 10)),
                "itemId");
        assertThat(parks.post("/api/indicators/" + parksIndicator + "/scores", Map.of("period", "2027", "value", 40)).status())
                .isEqualTo(201);
        assertRefused(parks.post("/api/indicators/" + mobilityIndicator + "/scores", Map.of("period", "2027", "value", 40)),
                "indicatorId");
        assertRefused(parks.put("/api/indicators/" + mobilityIndicator + "/scores/2027",
                Map.of("value", 41, "reason", "typo", "correctsRevision", 1)), "indicatorId");
        Response bulk = parks.post("/api/scores/bulk", Map.of("rows", List.of(
                Map.of("indicatorId", parksIndicator, "period", "2028", "value", 45),
                Map.of("indicatorId", mobilityIndicator, "period", "2028", "value", 45))));
        // an upload is refused as a whole and names each refused row, whatever its rule (422, as every bulk refusal)
        assertThat(bulk.status()).isEqualTo(422);
        assertThat(bulk.json().get("errors")).singleElement().satisfies(row -> {
            assertThat(row.get("field").asText()).isEqualTo("rows[1].indicatorId");
            assertThat(row.get("rule").asText()).isEqualTo("department-not-yours");
        });
        assertRefused(parks.post(plan("/unplanned-work"), unplannedWork("Mobility service")), "owner.department");
        assertThat(parks.post(plan("/unplanned-work"), unplannedWork("Green service")).status()).isEqualTo(201);

        assertThat(planner.put(plan("/items/" + mobilityAction + "/progress"), Map.of("status", "STARTED", "percentComplete", 5))
                .status()).isEqualTo(200);
    }

    @Test
    void aScorerWhoseTokenNamesNoDepartmentOfTheAdministrationRecordsNothing() {
        String parksIndicator = indicator("Residents near a park", "Green service");

        Response response = as("scorer+nowhere", administration).post("/api/indicators/" + parksIndicator + "/scores",
                Map.of("period", "2027", "value", 40));

        assertRefused(response, "indicatorId");
        assertThat(response.json().get("detail").asText()).contains("none of the administration's departments");
    }

    private void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().toString()).as(response.toString())
                .contains("\"department-not-yours\"").contains("\"" + field + "\"");
    }

    private String action(String title, String department) {
        return created(planner.post(plan("/items"), Map.of("parentId", goal, "level", "ACTION", "title", title,
                "owner", Map.of("department", department, "politicalOwner", "Alderman"), "actionType", "OPERATIONAL",
                "period", Map.of("start", "2026-04-01", "end", "2027-03-31"))));
    }

    private String indicator(String name, String department) {
        return created(planner.post(plan("/indicators"), Map.of("name", name, "unit", "%", "kind", "PERCENTAGE",
                "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", department,
                "targets", List.of(Map.of("period", "2031", "value", 80)), "linkedElements", List.of(goal))));
    }

    private Map<String, Object> unplannedWork(String department) {
        return Map.of("parentId", goal, "level", "ACTION", "title", "Clean up after the storm",
                "owner", Map.of("department", department, "politicalOwner", "Mayor"), "actionType", "OPERATIONAL",
                "period", Map.of("start", "2026-04-01", "end", "2026-06-30"),
                "cause", "OPPORTUNITY", "causeExplanation", "A subsidy call for storm damage");
    }

    private String plan(String path) {
        return "/api/plans/" + planId + path;
    }
}
