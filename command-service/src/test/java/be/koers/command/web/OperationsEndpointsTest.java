package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health with database and Kafka and Prometheus metrics with Koers' own meters, on the management port; the OpenAPI
 * document on the API port.
 */
class OperationsEndpointsTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("operations");

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void healthIncludesTheDatabaseAndKafka() {
        JsonNode health = ApiClient.anonymous(management()).get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/details/nodes").asInt()).isEqualTo(1);
    }

    /** A restart fixes neither the database nor Kafka, so liveness (/livez) does not follow them. */
    @Test
    void livenessFollowsTheApplicationOnly() {
        HealthEndpointGroup liveness = healthGroups.get("liveness");
        assertThat(liveness.isMember("livenessState")).isTrue();
        assertThat(liveness.isMember("db")).isFalse();
        assertThat(liveness.isMember("kafka")).isFalse();
    }

    /** Without the database nothing can be done; without Kafka commands are still stored (published later). */
    @Test
    void readinessFollowsTheDatabaseButNotKafka() {
        HealthEndpointGroup readiness = healthGroups.get("readiness");
        assertThat(readiness.isMember("readinessState")).isTrue();
        assertThat(readiness.isMember("db")).isTrue();
        assertThat(readiness.isMember("kafka")).isFalse();
    }

    @Test
    void prometheusShowsCommandsHandledAndEventsPublished() {
        ApiClient planner = as("planner", administration);
        planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031));
        planner.post("/api/legislatures", Map.of("name", "", "firstYear", 2026, "lastYear", 2031));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ApiClient.anonymous(management()).withHeader("Accept", "text/plain").get("/actuator/prometheus").body())
                .contains("koers_commands_seconds_count{application=\"command-service\",command=\"CreateLegislature\",outcome=\"accepted\"}")
                .contains("koers_events_published_total{application=\"command-service\",topic=\"koers.legislature.events\"}"));
    }

    @Test
    void openApiDocumentListsTheCommands() {
        JsonNode api = ApiClient.anonymous(base()).get("/v3/api-docs").json();
        assertThat(api.get("paths").has("/api/plans/{planId}/goals")).isTrue();
        assertThat(api.get("paths").has("/api/legislatures")).isTrue();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String management() {
        return "http://127.0.0.1:" + managementPort;
    }
}
