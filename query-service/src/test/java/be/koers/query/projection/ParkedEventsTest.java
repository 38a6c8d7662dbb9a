package be.koers.query.projection;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ReadModelFlaw;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model that cannot apply an event (here a flaw in its own table, as a faulty release would leave, planted as
 * a trigger) parks it with the events of its aggregate behind it, goes on with everything else, shows it in health,
 * metrics and the admin API, and applies the whole sequence in order once the flaw is fixed: the same tables as a
 * fresh rebuild.
 */
class ParkedEventsTest extends QueryServiceIntegrationTest {

    private static final TenantId KOERSBEKE = TenantId.of("koersbeke");
    /** The Ghent plan's "Voldoende groen": its definition is the sixth of the plan's events, sequence number 5. */
    private static final int POISONED = 5;

    private ReadModelFlaw flaw;

    @AfterEach
    void fixTheFlaw() {
        if (flaw != null) {
            flaw.close();
        }
    }

    @Test
    void aPoisonedEventIsParkedWithItsAggregateBehindItAndAppliedInOrderAfterTheFix() {
        GhentPlan poisoned = new GhentPlan(KOERSBEKE);
        GhentPlan healthy = new GhentPlan(KOERSBEKE);
        List<PlanEvent> plan = poisoned.planEvents();
        plantFlawRefusing(poisoned.greenSpace.value());

        events.publish(plan);
        JsonNode sequence = awaitParked(poisoned.planId.value(), plan.size() - POISONED);
        publishAndAwaitPlan(healthy.planEvents());

        // everything else goes on: the plan before the poisoned event, and other plans whole
        assertThat(read("/api/plans/" + poisoned.planId + "?includeRetired=true").path("version").asLong()).isEqualTo(POISONED - 1);
        assertThat(read("/api/plans/" + healthy.planId + "?includeRetired=true").path("version").asLong()).isEqualTo(GhentPlan.VERSION);
        JsonNode first = sequence.path("events").get(0);
        assertThat(first.path("sequenceNumber").asLong()).isEqualTo(POISONED);
        assertThat(first.path("error").asText()).contains("a flaw of the read model");
        assertThat(first.path("attempts").asInt()).isEqualTo(5);
        assertThat(sequenceNumbers(sequence)).as("in their order").isSorted().hasSize(plan.size() - POISONED);
        JsonNode health = await().atMost(PROJECTION_TIMEOUT).until(() -> ApiClient.anonymous(managementUrl()).get("/actuator/health").json(),
                h -> h.path("components").path("parkedEvents").path("details").path("parked").asLong() >= plan.size() - POISONED);
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.path("components").path("parkedEvents").path("status").asText()).isEqualTo("DEGRADED");
        assertThat(anonymous().get("/readyz").status()).as("it still answers, so it stays ready").isEqualTo(200);
        assertThat(meters.get("koers.projection.parked").gauge().value()).isGreaterThanOrEqualTo(plan.size() - POISONED);
        assertThat(operator().get("/admin/projections/status").json().path("parkedEvents").asLong())
                .isGreaterThanOrEqualTo(plan.size() - POISONED);

        ApiClient.Response tooEarly = operator().post("/admin/projections/parked/" + poisoned.planId + "/retry", null);
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.json().path("rule").asText()).isEqualTo("still-failing");
        assertThat(tooEarly.json().path("result").path("stillParked").asInt()).isEqualTo(plan.size() - POISONED);
        assertThat(parkedSequence(poisoned.planId.value()).path("events").get(0).path("attempts").asInt()).isEqualTo(6);

        fixTheFlaw();
        ApiClient.Response retried = operator().post("/admin/projections/parked/" + poisoned.planId + "/retry", null);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("applied").asInt()).isEqualTo(plan.size() - POISONED);
        assertThat(parkedSequence(poisoned.planId.value())).isNull();
        JsonNode tree = read("/api/plans/" + poisoned.planId + "?includeRetired=true");
        assertThat(tree.path("version").asLong()).isEqualTo(GhentPlan.VERSION);
        assertThat(tree.findValuesAsText("title")).as("the retried plan reads as the one never parked")
                .isEqualTo(read("/api/plans/" + healthy.planId + "?includeRetired=true").findValuesAsText("title"));
        List<Long> feedOrder = jdbc.sql("SELECT (data ->> 'sequenceNumber')::bigint FROM change_feed WHERE plan_id = :planId ORDER BY seq")
                .param("planId", poisoned.planId.value()).query(Long.class).list();
        assertThat(feedOrder).as("the parked events applied in their order").isSorted().hasSize(plan.size());
        JsonNode operations = operator().get("/admin/projections/operations").json();
        assertThat(operations.get(0).path("operation").asText()).isEqualTo("RETRY");
        assertThat(operations.get(0).path("actor").asText()).isEqualTo("operator");
        assertThat(operations.get(0).path("sequence").asText()).isEqualTo(poisoned.planId.value());

        // the read model now equals what a rebuild from the topics makes of the same events
        List<String> retriedTables = dumpProjectionTables();
        ApiClient.Response rebuild = operator().post("/admin/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        await().atMost(PROJECTION_TIMEOUT).until(() -> operator().get("/admin/projections/status").json(),
                s -> !s.path("rebuilding").asBoolean(true) && s.path("consumerLag").asLong(-1) == 0);
        assertThat(dumpProjectionTables()).isEqualTo(retriedTables);
        assertThat(parkedSequence(poisoned.planId.value())).as("nothing of it parked again").isNull();
    }

    @Test
    void theAlertRuleShippedInInfraWatchesAMetricThisServiceExposes() throws Exception {
        String rules = Files.readString(Path.of("..", "infra", "prometheus", "koers-alerts.yml"));
        Matcher expressions = Pattern.compile("expr: .*\\((koers_[a-z_]+)\\)").matcher(rules);
        List<String> metrics = new ArrayList<>();
        while (expressions.find()) {
            metrics.add(expressions.group(1));
        }
        String exposed = ApiClient.anonymous(managementUrl()).withHeader("Accept", "text/plain").get("/actuator/prometheus").body();

        assertThat(metrics).contains("koers_projection_parked", "koers_projection_incomplete");
        assertThat(metrics).allSatisfy(metric -> assertThat(exposed).contains(metric + "{"));
    }

    @Test
    void refusesToRetryOrSkipWhatIsNotParkedAndASkipWithoutAReason() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        List<PlanEvent> plan = ghent.planEvents();
        plantFlawRefusing(ghent.greenSpace.value());
        events.publish(plan);
        JsonNode sequence = awaitParked(ghent.planId.value(), plan.size() - POISONED);
        String firstParked = sequence.path("events").get(0).path("eventId").asText();
        String behind = sequence.path("events").get(1).path("eventId").asText();

        assertProblem(operator().post("/admin/projections/parked/no-such-plan/retry", null), 404, "sequence", "not-parked");
        assertProblem(operator().post("/admin/projections/parked/" + ghent.planId + "/skip",
                Map.of("eventId", firstParked)), 422, "reason", "required");
        assertProblem(operator().post("/admin/projections/parked/" + ghent.planId + "/skip",
                Map.of("eventId", behind, "reason", "Wrong one")), 409, "eventId", "not-first-parked");
        assertThat(as("planner", "planner").get("/admin/projections/parked").status()).isEqualTo(403);

        fixTheFlaw();
        assertThat(operator().post("/admin/projections/parked/" + ghent.planId + "/retry", null).status()).isEqualTo(200);
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    private void plantFlawRefusing(String elementId) {
        flaw = ReadModelFlaw.refusing(database(), "plan_element", "element_id", elementId);
    }

    private JsonNode awaitParked(String aggregateId, int events) {
        return await().atMost(PROJECTION_TIMEOUT).until(() -> parkedSequence(aggregateId),
                sequence -> sequence != null && sequence.path("events").size() == events);
    }

    private JsonNode parkedSequence(String aggregateId) {
        for (JsonNode sequence : operator().get("/admin/projections/parked").json()) {
            if (sequence.path("sequence").asText().equals(aggregateId)) {
                return sequence;
            }
        }
        return null;
    }

    private static List<Long> sequenceNumbers(JsonNode sequence) {
        List<Long> numbers = new ArrayList<>();
        sequence.path("events").forEach(event -> numbers.add(event.path("sequenceNumber").asLong()));
        return numbers;
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).isEqualTo(rule);
    }
}
