package be.koers.command.continuity;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.command.indicator.Indicator;
import be.koers.testing.ApiClient;
import be.koers.testing.LocalIssuer;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Continuations through the REST API, against the real service: the rules that need the previous plan or indicator,
 * another aggregate, and the answers every refusal gets.
 */
class ContinuationCommandsTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("continuation");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("indicatorCache")
    Cache indicatorCache;

    private ApiClient planner;
    private String previousPlan;
    private String previousGoal;
    private String previousItem;
    private String previousIndicator;
    private String plan;
    private String goal;

    @BeforeEach
    void twoLegislatures() {
        planner = as("planner", administration);
        previousPlan = draftPlan(planner, 2020, 2025);
        previousGoal = policyGoal(previousPlan, "Green");
        String actionPlan = created(planner.post("/api/plans/" + previousPlan + "/action-plans", Map.of("parentId", previousGoal,
                "title", "Parks", "realisationTerm", Map.of("start", "2020-01-01", "end", "2025-12-31"))));
        previousItem = created(planner.post("/api/plans/" + previousPlan + "/items", Map.of("parentId", actionPlan, "level", "ACTION",
                "title", "Lay out a park", "owner", Map.of("department", "Green", "politicalOwner", "Alderman"),
                "actionType", "OPERATIONAL", "period", Map.of("start", "2021-01-01", "end", "2022-12-31"))));
        previousIndicator = indicator(previousPlan, previousGoal, "%", 2025);
        plan = draftPlan(planner, 2026, 2031);
        goal = policyGoal(plan, "Enough green");
    }

    @Test
    void aGoalContinuesAGoalOnceAndThatIsWithdrawnWithAReason() {
        assertThat(declare(goal, previousPlan, previousGoal).status()).isEqualTo(200);
        assertThat(declare(goal, previousPlan, previousGoal).status()).isEqualTo(200);
        assertThat(events(plan, "ContinuationDeclared")).isEqualTo(1);

        Response withdrawn = delete(continuation(goal) + "?reason=Declared%20on%20the%20wrong%20goal", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(events(plan, "ContinuationWithdrawn")).isEqualTo(1);
        assertProblem(delete(continuation(goal), Map.of("reason", "Again")), 409, "elementId", "no-continuation");
    }

    @Test
    void theReasonOfAWithdrawalMayComeInTheBodyButMustCome() {
        declare(goal, previousPlan, previousGoal);
        assertProblem(delete(continuation(goal), null), 422, "reason", "not-blank");
        assertThat(delete(continuation(goal), Map.of("reason", "Mistake")).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%ContinuationWithdrawn'", String.class, plan)).contains("\"reason\":\"Mistake\"");
    }

    @Test
    void anUnknownPreviousPlanOrElementIs404() {
        assertProblem(declare(goal, UUID.randomUUID().toString(), previousGoal), 404, "previousPlanId", "unknown-plan");
        assertProblem(declare(goal, previousPlan, "nope"), 404, "previousElementId", "unknown-element");
        assertProblem(declare("nope", previousPlan, previousGoal), 404, "elementId", "unknown-element");
        assertProblem(planner.put("/api/plans/" + UUID.randomUUID() + "/elements/" + goal + "/continuation",
                Map.of("previousPlanId", previousPlan, "previousElementId", previousGoal)), 404, "planId", "unknown-plan");
    }

    @Test
    void anotherAdministrationsPlanIsUnknown() {
        ApiClient zandhoven = as("planner", newAdministration("other"));
        String theirPlan = draftPlan(zandhoven, 2020, 2025);
        String theirGoal = created(zandhoven.post("/api/plans/" + theirPlan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Green")));
        assertProblem(declare(goal, theirPlan, theirGoal), 404, "previousPlanId", "unknown-plan");
    }

    @Test
    void onlyAPlanOfAnEarlierLegislatureIsContinued() {
        // overlapping terms exist only from before the legislature register: its rows of the administration forgotten
        jdbc.update("DELETE FROM legislature_register WHERE tenant = ?", administration);
        String overlapping = draftPlan(planner, 2024, 2029);
        String overlappingGoal = policyGoal(overlapping, "Green");
        assertProblem(declare(goal, overlapping, overlappingGoal), 422, "previousPlanId", "previous-legislature-required");
        assertProblem(declare(previousGoal, previousPlan, previousGoal, previousPlan), 422, "previousPlanId", "previous-legislature-required");
    }

    @Test
    void onlyTheSameKindIsContinued() {
        assertProblem(declare(goal, previousPlan, previousItem), 422, "previousElementId", "same-kind-required");
    }

    @Test
    void aClosedPlanDeclaresNothing() {
        assertThat(planner.post("/api/plans/" + plan + "/closure", Map.of("reason", "End")).status()).isEqualTo(200);
        assertProblem(declare(goal, previousPlan, previousGoal), 409, "planId", "plan-closed");
    }

    @Test
    void aStaleIfMatchIs409() {
        assertProblem(planner.withHeader("If-Match", "\"0\"").put(continuation(goal),
                Map.of("previousPlanId", previousPlan, "previousElementId", previousGoal)), 409, "If-Match", "stale-version");
    }

    @Test
    void staffDeclareNoContinuations() {
        assertThat(as("scorer", administration).put(continuation(goal),
                Map.of("previousPlanId", previousPlan, "previousElementId", previousGoal)).status()).isEqualTo(403);
    }

    @Test
    void anIndicatorContinuesOneInTheSameUnit() {
        String indicator = indicator(plan, goal, "%", 2031);
        assertThat(planner.put(indicatorContinuation(indicator), Map.of("previousIndicatorId", previousIndicator)).status()).isEqualTo(200);
        assertThat(planner.put(indicatorContinuation(indicator), Map.of("previousIndicatorId", previousIndicator)).status()).isEqualTo(200);
        assertThat(events(indicator, "IndicatorContinuationDeclared")).isEqualTo(1);

        String inSquareMetres = indicator(plan, goal, "m²", 2031);
        assertProblem(planner.put(indicatorContinuation(inSquareMetres), Map.of("previousIndicatorId", previousIndicator)),
                422, "previousIndicatorId", "same-unit-required");
        String sameLegislature = indicator(plan, goal, "%", 2031);
        assertProblem(planner.put(indicatorContinuation(sameLegislature), Map.of("previousIndicatorId", indicator)),
                422, "previousIndicatorId", "previous-legislature-required");
    }

    @Test
    void anIndicatorSnapshotFromBeforeTheUnitWasKeptIsSkipped() {
        String indicator = indicator(plan, goal, "%", 2031);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) VALUES (?, 0, 'Indicator', ?, ?, ?, NULL, ?, '{}')",
                indicator, UUID.randomUUID().toString(), Instant.now().toString(), Indicator.class.getName(),
                "{\"indicatorId\":\"" + indicator + "\",\"tenant\":\"" + administration + "\",\"planId\":\"" + plan + "\",\"kind\":\"NUMBER\","
                        + "\"direction\":\"HIGHER_IS_BETTER\",\"frequency\":\"YEARLY\",\"firstYear\":2026,\"lastYear\":2031,"
                        + "\"retired\":false,\"scores\":{}}");
        indicatorCache.remove(indicator);

        // Loaded from that snapshot, the indicator would have no unit and refuse as same-unit-required.
        Response response = planner.put(indicatorContinuation(indicator), Map.of("previousIndicatorId", previousIndicator));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void anUnknownIndicatorIs404() {
        String indicator = indicator(plan, goal, "%", 2031);
        assertProblem(planner.put(indicatorContinuation(indicator), Map.of("previousIndicatorId", "nope")),
                404, "previousIndicatorId", "unknown-indicator");
        assertProblem(planner.put(indicatorContinuation(UUID.randomUUID().toString()), Map.of("previousIndicatorId", previousIndicator)),
                404, "indicatorId", "unknown-indicator");
    }

    private Response declare(String element, String previousPlanId, String previousElementId) {
        return declare(element, previousPlanId, previousElementId, plan);
    }

    private Response declare(String element, String previousPlanId, String previousElementId, String inPlan) {
        return planner.put("/api/plans/" + inPlan + "/elements/" + element + "/continuation",
                Map.of("previousPlanId", previousPlanId, "previousElementId", previousElementId));
    }

    private String continuation(String element) {
        return "/api/plans/" + plan + "/elements/" + element + "/continuation";
    }

    private static String indicatorContinuation(String indicator) {
        return "/api/indicators/" + indicator + "/continuation";
    }

    private String draftPlan(ApiClient client, int firstYear, int lastYear) {
        String legislature = created(client.post("/api/legislatures",
                Map.of("name", firstYear + "-" + lastYear, "firstYear", firstYear, "lastYear", lastYear)));
        return created(client.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan", "template", "BBC")));
    }

    private String policyGoal(String planId, String title) {
        return created(planner.post("/api/plans/" + planId + "/goals", Map.of("level", "POLICY_GOAL", "title", title)));
    }

    private String indicator(String planId, String linkedGoal, String unit, int targetYear) {
        return created(planner.post("/api/plans/" + planId + "/indicators", Map.of("name", "Residents near a park", "unit", unit,
                "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", "Green service",
                "targets", List.of(Map.of("period", String.valueOf(targetYear), "value", 80)), "linkedElements", List.of(linkedGoal))));
    }

    private long events(String aggregate, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class, aggregate, "%." + type);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** ApiClient has no DELETE; the withdrawal takes its reason in the query or, as here when given, the body. */
    private Response delete(String path, Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + LocalIssuer.shared().tokens().signIn("planner@" + administration, "planner"))
                    .method("DELETE", body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(body.get("rule").asText()).as(response.toString()).isEqualTo(rule);
        assertThat(body.get("detail").asText()).isNotBlank();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
