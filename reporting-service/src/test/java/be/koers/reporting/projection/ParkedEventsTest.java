package be.koers.reporting.projection;

import be.koers.reporting.ReportingServiceTest;
import be.koers.reporting.TwoLegislatures;
import be.koers.testing.ApiClient;
import be.koers.testing.ReadModelFlaw;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting-service parks an event its read model cannot apply (a flaw of its own table, planted as a trigger),
 * with the later events of the plan behind it in order, reports on everything else meanwhile, and after the fix
 * applies the sequence in order: the reports then equal those of a fresh rebuild.
 */
class ParkedEventsTest extends ReportingServiceTest {

    @Autowired
    private JdbcClient jdbc;
    @LocalManagementPort
    private int managementPort;

    private ReadModelFlaw flaw;

    @AfterEach
    void fixTheFlaw() {
        if (flaw != null) {
            flaw.close();
        }
    }

    @Test
    void aPoisonedEventIsParkedWithThePlanBehindItAndAppliedInOrderAfterTheFix() {
        TwoLegislatures plans = new TwoLegislatures("parked");
        String poisoned = plans.previous.value();
        plantFlawRefusing(plans.id("A3").value());

        publish(plans.previousLegislature());
        publish(plans.currentLegislature());

        JsonNode sequence = await().atMost(PATIENCE).until(() -> parkedSequence(poisoned),
                s -> s != null && s.path("events").size() > 1 && lastIsPlanClosed(s));
        JsonNode first = sequence.path("events").get(0);
        assertThat(first.path("eventType").asText()).isEqualTo("ItemDefined");
        assertThat(first.path("error").asText()).contains("a flaw of the read model");
        List<Long> order = new ArrayList<>();
        sequence.path("events").forEach(event -> order.add(event.path("sequenceNumber").asLong()));
        assertThat(order).as("the parked event, then the plan's later events in their order").isSorted().doesNotHaveDuplicates();
        // the other plan is reported on meanwhile
        awaitJson(planner(), "/api/plans/" + plans.current.value() + "/realisation", r -> r.path("total").isObject());
        JsonNode health = await().atMost(PATIENCE).until(() -> ApiClient.anonymous(managementUrl()).get("/actuator/health").json(),
                h -> h.path("components").path("parkedEvents").path("details").path("parked").asInt() >= order.size());
        assertThat(health.path("components").path("parkedEvents").path("status").asText()).isEqualTo("DEGRADED");
        assertThat(operator().post("/admin/projections/parked/" + poisoned + "/retry", null).status())
                .as("still refused before the fix").isEqualTo(409);

        fixTheFlaw();
        ApiClient.Response retried = operator().post("/admin/projections/parked/" + poisoned + "/retry", null);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("applied").asInt()).isEqualTo(order.size());
        awaitProjected(plans);
        JsonNode realisation = awaitJson(planner(), "/api/plans/" + poisoned + "/realisation", r -> true);
        JsonNode comparison = awaitJson(planner(), "/api/plans/" + plans.current.value() + "/comparison", c -> true);

        ApiClient.Response rebuild = operator().post("/admin/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> operator().get("/admin/projections/status").json(),
                s -> !s.path("rebuilding").asBoolean(true) && s.path("consumerLag").asLong(-1) == 0);
        assertThat(awaitJson(planner(), "/api/plans/" + poisoned + "/realisation", r -> true)).isEqualTo(realisation);
        assertThat(awaitJson(planner(), "/api/plans/" + plans.current.value() + "/comparison", c -> true)).isEqualTo(comparison);
        assertThat(parkedSequence(poisoned)).isNull();
    }

    private static boolean lastIsPlanClosed(JsonNode sequence) {
        JsonNode events = sequence.path("events");
        return events.get(events.size() - 1).path("eventType").asText().equals("PlanClosed");
    }

    private void plantFlawRefusing(String elementId) {
        flaw = ReadModelFlaw.refusing(database(), "report_element", "element_id", elementId);
    }

    private JsonNode parkedSequence(String aggregateId) {
        for (JsonNode sequence : operator().get("/admin/projections/parked").json()) {
            if (sequence.path("sequence").asText().equals(aggregateId)) {
                return sequence;
            }
        }
        return null;
    }

    private ApiClient operator() {
        return as("operator", "operator");
    }

    private String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }
}
