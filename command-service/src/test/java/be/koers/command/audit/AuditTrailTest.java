package be.koers.command.audit;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.ApiClient;
import be.koers.testing.LocalIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain holds on an untouched stream, also one holding an event stored in an earlier revision, and names the
 * event an SQL edit changed; auditors can replay the stream.
 */
class AuditTrailTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("audit");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("planCache")
    Cache planCache;

    private ApiClient planner;
    private String planId;
    private String goal;

    @BeforeEach
    void anAdoptedPlanWithARevision() {
        planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        goal = planner.post(plan("/goals"), Map.of("level", "POLICY_GOAL", "title", "Safe streets")).json().get("id").asText();
        planner.post(plan("/goals"), Map.of("level", "POLICY_GOAL", "title", "Clean air"));
        accepted(planner.post(plan("/adoption"), Map.of("decisionDate", "2025-12-18", "decisionReference", "GR-2025/07")));
        accepted(planner.post(plan("/revisions"), Map.of("name", "Aanpassing 2027")));
        accepted(planner.put(plan("/goals/" + goal), Map.of("title", "Safe and quiet streets")));
        accepted(planner.post(plan("/revisions/current/adoption"), Map.of("decisionDate", "2026-12-17", "decisionReference", "GR-2026/11")));
    }

    @Test
    void anUntouchedStreamVerifies() {
        JsonNode report = as("auditor", administration).get(plan("/integrity")).json();
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("events").asInt()).isEqualTo(7);
        assertThat(report.get("headHash").asText()).hasSize(64);
        assertThat(report.get("editions")).extracting(e -> e.get("type").asText()).containsExactly("PlanAdopted", "RevisionAdopted");
        assertThat(report.get("editions")).allMatch(e -> e.get("matches").asBoolean());
    }

    @Test
    void anEditedRowIsDetectedAndNamed() {
        jdbc.update("UPDATE domain_event_entry SET payload = replace(payload, 'Safe streets', 'Safe avenues') "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", planId);
        String editedEvent = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                String.class, planId);

        JsonNode report = as("auditor", administration).get(plan("/integrity")).json();

        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.at("/firstMismatch/sequenceNumber").asLong()).isEqualTo(1);
        assertThat(report.at("/firstMismatch/eventId").asText()).isEqualTo(editedEvent);
        assertThat(report.at("/firstMismatch/type").asText()).isEqualTo("GoalDefined");
    }

    @Test
    void aRewrittenChainBreaksTheEditionAnchors() {
        // Someone who edits an event and recomputes every link after it still cannot match the recorded editions.
        jdbc.update("UPDATE domain_event_entry SET payload = replace(payload, 'Clean air', 'Cleaner air') WHERE aggregate_identifier = ? AND sequence_number = 2", planId);
        jdbc.update("""
                DO $$ DECLARE r RECORD; BEGIN
                  FOR r IN SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number >= 2 ORDER BY sequence_number LOOP
                    UPDATE domain_event_entry d SET chain_hash = sha256((SELECT p.chain_hash FROM domain_event_entry p
                      WHERE p.aggregate_identifier = d.aggregate_identifier AND p.sequence_number = d.sequence_number - 1) || koers_event_content(d))
                    WHERE d.aggregate_identifier = '%s' AND d.sequence_number = r.sequence_number;
                  END LOOP; END $$""".formatted(planId, planId));

        JsonNode report = as("auditor", administration).get(plan("/integrity")).json();

        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.at("/firstMismatch/type").asText()).isEqualTo("PlanAdopted");
        assertThat(report.at("/firstMismatch/reason").asText()).contains("rewritten");
    }

    @Test
    void aStreamHoldingADiscardStoredInRevisionOneVerifiesAndGoesOn() throws Exception {
        // Revision 2 defines a goal and is discarded by an event stored as before it said what it voids.
        accepted(planner.post(plan("/revisions"), Map.of("name", "Besparingsronde")));
        String voided = planner.post(plan("/goals"), Map.of("level", "POLICY_GOAL", "title", "Fewer parking spaces")).json().get("id").asText();
        jdbc.update("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                        payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 9, 'Plan', ?, ?, '1', ?, ?)""",
                UUID.randomUUID().toString(), planId, Instant.now().toString(), RevisionDiscarded.class.getName(),
                """
                        {"tenant":"%s","planId":"%s","revisionNumber":2,"reason":"Niet gesteund"}""".formatted(administration, planId),
                """
                        {"actor":"planner@%s"}""".formatted(administration));
        planCache.remove(planId);

        // The plan, sourced through the upcaster, has no revision open and no longer the goal; its next events chain on.
        accepted(planner.post(plan("/revisions"), Map.of("name", "Aanpassing 2028")));
        assertThat(planner.put(plan("/goals/" + voided), Map.of("title", "Again")).status()).isEqualTo(404);

        JsonNode report = as("auditor", administration).get(plan("/integrity")).json();
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("events").asInt()).isEqualTo(11);
        // Replayed in the current shape, its version saying so; what it voided was not recorded.
        JsonNode discard = ApiClient.JSON.readTree(as("auditor", administration).withHeader("Accept", "application/x-ndjson")
                .get(plan("/events")).body().lines().toList().get(9));
        assertThat(discard.get("type").asText()).isEqualTo("RevisionDiscarded");
        assertThat(discard.get("version").asText()).isEqualTo("2");
        assertThat(discard.get("payload").get("reason").asText()).isEqualTo("Niet gesteund");
        assertThat(List.of("removed", "restored", "statementsRestored")).noneMatch(discard.get("payload")::hasNonNull);
    }

    @Test
    void auditorsReplayThePlanOrOneElementAsStoredEnvelopes() {
        ApiClient auditor = as("auditor", administration).withHeader("Accept", "application/x-ndjson");
        Response all = auditor.get(plan("/events"));
        assertThat(all.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> envelopes = all.body().lines().map(line -> {
            try {
                return ApiClient.JSON.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(envelopes).extracting(e -> e.get("sequenceNumber").asInt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(envelopes).extracting(e -> e.get("type").asText()).containsExactly("PlanDrafted", "GoalDefined", "GoalDefined",
                "PlanAdopted", "RevisionOpened", "GoalRevised", "RevisionAdopted");
        assertThat(envelopes.get(5).get("actor").asText()).isEqualTo("planner@" + administration);

        // a budget line is kept beside the tree, but is about the goal all the same
        accepted(planner.put(plan("/elements/" + goal + "/budget/2027"), Map.of("figures", Map.of("operatingExpenditure", 5))));
        List<String> ofGoal = auditor.get(plan("/events?elementId=" + goal)).body().lines().toList();
        assertThat(ofGoal).hasSize(3).allMatch(line -> line.contains(goal));
        assertThat(ofGoal).extracting(line -> ApiClient.JSON.readTree(line).get("type").asText())
                .containsExactly("GoalDefined", "GoalRevised", "BudgetEstimated");

        assertThat(as("auditor", newAdministration("other")).withHeader("Accept", "application/x-ndjson")
                .get(plan("/events")).status()).isEqualTo(404);
    }

    @Test
    void theRawEventsAnswerNdjsonToJsonToAnyTypeAndToNoAcceptHeader() {
        String indicator = planner.post(plan("/indicators"), Map.of("name", "Quiet streets", "unit", "%", "kind", "PERCENTAGE",
                "direction", "HIGHER_IS_BETTER", "frequency", "YEARLY", "ownerDepartment", "Mobility",
                "targets", List.of(Map.of("period", "2031", "value", 80)), "linkedElements", List.of(goal))).json().get("id").asText();
        Map<String, String> streams = Map.of(plan("/events"), planId, "/api/indicators/" + indicator + "/events", indicator);
        for (String path : streams.keySet()) {
            for (String accept : Arrays.asList("application/json", "*/*", null)) {
                HttpResponse<String> response = getAccepting(path, accept);
                assertThat(response.statusCode()).as(accept + " " + path + ": " + response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).as(accept + " " + path).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/x-ndjson"));
                assertThat(response.body().lines()).as(accept + " " + path).isNotEmpty().allSatisfy(line ->
                        assertThat(ApiClient.JSON.readTree(line).path("aggregateId").asText()).isEqualTo(streams.get(path)));
            }
        }
    }

    /** Without ApiClient, which always sends an Accept header. */
    private HttpResponse<String> getAccepting(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + LocalIssuer.shared().tokens().signIn("auditor@" + administration, "auditor"));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void accepted(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    private String plan(String path) {
        return "/api/plans/" + planId + path;
    }
}
