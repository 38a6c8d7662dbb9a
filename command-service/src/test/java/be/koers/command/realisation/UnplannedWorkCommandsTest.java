package be.koers.command.realisation;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Unplanned work through the REST API: staff record it on an adopted plan, it is published, and no revision loses it. */
class UnplannedWorkCommandsTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("unplanned");

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ObjectMapper json;

    private ApiClient planner;
    private ApiClient staff;
    private String planId;
    private String operationalGoal;

    @BeforeEach
    void aGhentPlanDownToAnOperationalGoal() {
        planner = as("planner", administration);
        staff = scorerOf(administration, "Green service");
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)));
        planId = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan", "template", "GHENT")));
        String main = created(planner.post(plan("/goals"), Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Ecological pillar")));
        String strategic = created(planner.post(plan("/goals"), Map.of("level", "STRATEGIC_GOAL", "parentId", main, "title", "Green space")));
        operationalGoal = created(planner.post(plan("/goals"), Map.of("level", "OPERATIONAL_GOAL", "parentId", strategic, "title", "Parks")));
    }

    @Test
    void staffRecordUnplannedWorkWhichIsPublishedAndThenTakesProgressAndActuals() throws Exception {
        adopt();
        Response recorded = staff.post(plan("/unplanned-work"), pocketPark());
        String itemId = created(recorded);
        assertThat(itemId).isEqualTo("pocket-park");

        assertThat(staff.put(plan("/items/" + itemId + "/progress"), Map.of("status", "STARTED", "percentComplete", 40)).status()).isEqualTo(200);
        assertThat(planner.put(plan("/elements/" + itemId + "/budget/2026/actuals"),
                Map.of("investmentExpenditure", "298760.45", "investmentReceipts", "160000.00")).status()).isEqualTo(200);

        JsonNode envelope = awaitPublished("UnplannedWorkRecorded");
        assertThat(envelope.get("actor").asText()).isEqualTo("scorer+green-service@" + administration);
        assertThat(envelope.get("payload").get("itemId").asText()).isEqualTo(itemId);
        assertThat(envelope.get("payload").get("cause").asText()).isEqualTo("OPPORTUNITY");
        assertThat(envelope.get("payload").get("causeExplanation").asText()).isEqualTo("The fire station site came free");
    }

    @Test
    void aViewerRecordsNoWork() {
        adopt();
        assertThat(as("viewer", administration).post(plan("/unplanned-work"), pocketPark()).status()).isEqualTo(403);
    }

    @Test
    void aDraftHasNoAdoptedPlanToWorkOutsideOf() {
        assertProblem(staff.post(plan("/unplanned-work"), pocketPark()), 409, "planId", "plan-not-adopted");
    }

    @Test
    void itFollowsTheRulesOfAnyItem() {
        adopt();
        Map<String, Object> withoutPeriod = new HashMap<>(pocketPark());
        withoutPeriod.remove("period");
        assertProblem(staff.post(plan("/unplanned-work"), withoutPeriod), 422, "period", "required-for-action");
        Map<String, Object> underUnknownParent = new HashMap<>(pocketPark());
        underUnknownParent.put("parentId", "nope");
        assertProblem(staff.post(plan("/unplanned-work"), underUnknownParent), 404, "parentId", "unknown-element");
        Map<String, Object> withoutCause = new HashMap<>(pocketPark());
        withoutCause.remove("cause");
        assertProblem(staff.post(plan("/unplanned-work"), withoutCause), 422, "cause", "not-null");
    }

    @Test
    void aDiscardedRevisionKeepsWorkRecordedMeanwhile() {
        adopt();
        assertThat(planner.post(plan("/revisions"), Map.of("name", "Aanpassing 2027")).status()).isEqualTo(201);
        String itemId = created(staff.post(plan("/unplanned-work"), pocketPark()));
        assertThat(staff.put(plan("/items/" + itemId + "/progress"), Map.of("status", "STARTED", "percentComplete", 40)).status()).isEqualTo(200);
        assertThat(planner.post(plan("/revisions/current/discard"), Map.of("reason", "Postponed")).status()).isEqualTo(200);

        assertThat(staff.put(plan("/items/" + itemId + "/progress"), Map.of("status", "DONE", "percentComplete", 100)).status()).isEqualTo(200);
        assertProblem(staff.post(plan("/unplanned-work"), pocketPark()), 409, "id", "duplicate-element");
    }

    private Map<String, Object> pocketPark() {
        return Map.of("itemId", "pocket-park", "parentId", operationalGoal, "level", "ACTION",
                "title", "Pocket park on the site of the former fire station",
                "owner", Map.of("department", "Green service", "politicalOwner", "Alderman for environment"),
                "actionType", "OPERATIONAL", "period", Map.of("start", "2026-04-01", "end", "2027-03-31"),
                "cause", "OPPORTUNITY", "causeExplanation", "The fire station site came free");
    }

    private void adopt() {
        assertThat(planner.post(plan("/adoption"), Map.of("decisionDate", "2025-12-18", "decisionReference", "GR-2025/07")).status())
                .isEqualTo(200);
    }

    private JsonNode awaitPublished(String type) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(KoersTopics.PLAN_EVENTS));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode envelope = json.readTree(record.value());
                    if (record.key().equals(planId) && envelope.get("type").asText().equals(type)) {
                        found.add(envelope);
                    }
                }
                assertThat(found).isNotEmpty();
            });
        }
        return found.get(0);
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps("unplanned-work-test-" + UUID.randomUUID(), "false", broker);
        props.put("auto.offset.reset", "earliest");
        return new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer()).createConsumer();
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(response.json().get("rule").asText()).as(response.toString()).isEqualTo(rule);
    }

    private String plan(String path) {
        return "/api/plans/" + planId + path;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
