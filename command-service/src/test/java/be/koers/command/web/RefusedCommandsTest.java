package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal answers with its status and a problem body that names the field and the rule; nothing is stored. */
class RefusedCommandsTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("refused");

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient planner;
    private String planId;
    private String strategicGoalId;

    @BeforeEach
    void draftAGhentPlan() {
        planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031))
                .json().get("id").asText();
        planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan", "template", "GHENT"))
                .json().get("id").asText();
        String main = planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Ecological and spatial pillar"))
                .json().get("id").asText();
        strategicGoalId = planner.post(plan("/goals"), Map.of("level", "STRATEGIC_GOAL", "parentId", main, "title", "Enough green space"))
                .json().get("id").asText();
    }

    @Test
    void unauthenticatedIs401() {
        Response response = ApiClient.anonymous(base()).post("/api/legislatures", Map.of("name", "x"));
        assertProblem(response, 401, "Authorization", "authentication-required");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aTokenTheIssuerDidNotSignIs401() {
        assertProblem(ApiClient.withToken(base(), "not-a-token").post("/api/legislatures", Map.of("name", "x")),
                401, "Authorization", "invalid-token");
    }

    @Test
    void viewerMayNotChangeAPlan() {
        assertProblem(as("viewer", administration).put(plan("/mission"), Map.of("mission", "x")),
                403, "role", "role-not-allowed");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(planner.postRaw(plan("/goals"), "{\"level\": \"STRATEGIC_GOAL\", "), 400, "body", "malformed-json");
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        assertProblem(planner.post(plan("/goals"), Map.of("level", "GRAND_GOAL", "title", "x")), 400, "level", "malformed-value");
    }

    @Test
    void missingTitleIs422() {
        assertProblem(planner.post(plan("/goals"), Map.of("level", "STRATEGIC_GOAL", "parentId", strategicGoalId)),
                422, "title", "not-blank");
    }

    @Test
    void sdgOutsideOneToSeventeenIs422() {
        Response response = planner.post(plan("/goals"), Map.of("level", "OPERATIONAL_GOAL", "parentId", strategicGoalId,
                "title", "Parks", "tags", Map.of("sdgs", List.of(11, 18))));
        assertProblem(response, 422, "tags.sdgs[]", "max");
    }

    @Test
    void actionWithoutOwnerIs422() {
        Response response = planner.post(plan("/items"), Map.of("level", "ACTION", "parentId", strategicGoalId, "title", "Bloemekespark"));
        assertProblem(response, 422, "owner", "not-null");
    }

    @Test
    void unknownPlanIs404() {
        assertProblem(planner.put("/api/plans/" + UUID.randomUUID() + "/mission", Map.of("mission", "x")), 404, "planId", "unknown-plan");
    }

    @Test
    void unknownParentIs404() {
        assertProblem(planner.post(plan("/goals"), Map.of("level", "OPERATIONAL_GOAL", "parentId", "nope", "title", "x")),
                404, "parentId", "unknown-element");
    }

    @Test
    void anotherAdministrationsPlanIs404() {
        assertProblem(as("planner", newAdministration("other")).put(plan("/mission"), Map.of("mission", "x")),
                404, "planId", "unknown-plan");
    }

    @Test
    void actionUnderAStrategicGoalIs409AndStoresNothing() {
        long eventsBefore = storedEvents();
        Response response = planner.post(plan("/items"), Map.of("level", "ACTION", "parentId", strategicGoalId,
                "title", "Construct the Bloemekespark", "owner", Map.of("department", "Green", "politicalOwner", "Alderman"),
                "actionType", "OPERATIONAL", "period", Map.of("start", "2026-03-01", "end", "2028-12-31")));
        assertProblem(response, 409, "parentId", "level-not-allowed-under-parent");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void staleIfMatchIs409() {
        Response response = planner.withHeader("If-Match", "\"1\"").put(plan("/mission"), Map.of("mission", "Later"));
        assertProblem(response, 409, "If-Match", "stale-version");
    }

    @Test
    void currentIfMatchIsAccepted() {
        long version = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, planId);
        assertThat(planner.withHeader("If-Match", "\"" + version + "\"").put(plan("/mission"), Map.of("mission", "Now")).status()).isEqualTo(200);
    }

    @Test
    void malformedIfMatchIs400() {
        assertProblem(planner.withHeader("If-Match", "yesterday").put(plan("/mission"), Map.of("mission", "x")), 400, "If-Match", "malformed-value");
    }

    @Test
    void reusedIdIs409() {
        Response response = planner.post(plan("/goals"), Map.of("id", strategicGoalId, "level", "STRATEGIC_GOAL",
                "parentId", strategicGoalId, "title", "Again"));
        assertProblem(response, 409, "id", "duplicate-element");
    }

    @Test
    void reusedLegislatureIdIs409() {
        String id = UUID.randomUUID().toString();
        // the name and years of no other legislature of the administration: only the id is reused
        Map<String, Object> body = Map.of("legislatureId", id, "name", "2032-2037", "firstYear", 2032, "lastYear", 2037);
        assertThat(planner.post("/api/legislatures", body).status()).isEqualTo(201);
        assertProblem(planner.post("/api/legislatures", body), 409, "id", "already-exists");
    }

    @Test
    void closedPlanRefusesChanges() {
        assertThat(planner.post(plan("/closure"), Map.of("reason", "End of legislature")).status()).isEqualTo(200);
        assertProblem(planner.put(plan("/mission"), Map.of("mission", "x")), 409, "planId", "plan-closed");
    }

    @Test
    void reasonAndActorTravelOnTheEvents() {
        planner.withHeader("X-Change-Reason", "Council amendment 12").withHeader("X-Correlation-Id", "corr-42")
                .put(plan("/vision"), Map.of("vision", "A green city"));
        String metadata = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%VisionSet'", String.class, planId);
        assertThat(metadata).contains("\"actor\":\"planner@" + administration + "\"", "\"reason\":\"Council amendment 12\"", "\"correlationId\":\"corr-42\"");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(body.get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(body.get("detail").asText()).isNotBlank();
    }

    private String plan(String path) {
        return "/api/plans/" + planId + path;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
