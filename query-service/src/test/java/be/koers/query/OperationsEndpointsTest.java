package be.koers.query;

import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** API docs, and on the management port health and metrics, are open to the platform without credentials. */
class OperationsEndpointsTest extends QueryServiceIntegrationTest {

    @Autowired
    ConsumerFactory<?, ?> consumers;

    @Test
    void describesTheApi() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().path("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/legislatures", "/api/plans/{planId}",
                "/api/plans/{planId}/elements", "/api/plans/{planId}/elements/{elementId}",
                "/api/plans/{planId}/indicators", "/api/indicators/{indicatorId}", "/api/plans/{planId}/status",
                "/api/plans/{planId}/budget", "/api/plans/{planId}/elements/{elementId}/budget",
                "/api/plans/{planId}/elements/{elementId}/progress", "/api/plans/{planId}/stream",
                "/api/indicators/{indicatorId}/stream", "/admin/projections/rebuild", "/admin/projections/status",
                "/api/plans/{planId}/editions", "/api/plans/{planId}/revisions", "/api/plans/{planId}/editions/{edition}/tree",
                "/api/plans/{planId}/as-of", "/api/plans/{planId}/diff", "/api/plans/{planId}/audit",
                "/api/plans/{planId}/audit/export", "/api/plans/{planId}/elements/{elementId}/history", "/api/tenant",
                "/admin/tenants", "/api/plans/{planId}/mine");
        assertThat(paths.path("/api/legislatures").path("get").path("parameters")).isEmpty();
        for (String tree : new String[]{"/api/plans/{planId}", "/api/plans/{planId}/elements", "/api/plans/{planId}/elements/{elementId}"}) {
            assertThat(paths.path(tree).path("get").path("parameters").findValuesAsText("name")).as(tree).contains("view");
        }
        assertThat(paths.path("/api/plans/{planId}/diff").path("get").path("responses").path("200").path("content")
                .fieldNames()).toIterable().contains("application/json", "text/markdown");
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void reportsDatabaseAndKafkaHealth() {
        JsonNode health = ApiClient.anonymous(managementUrl()).get("/actuator/health").json();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
    }

    /** A killed instance's partitions go to the others (or its successor) within seconds, not Kafka's default 45 s. */
    @Test
    void consumersLeaveTheGroupSoonAfterTheyStopHeartbeating() {
        assertThat(consumers.getConfigurationProperties())
                .containsEntry("session.timeout.ms", "6000")
                .containsEntry("heartbeat.interval.ms", "2000");
    }

    @Test
    void exposesProjectionAndConsumerMetrics() {
        ApiClient.Response prometheus = ApiClient.anonymous(managementUrl()).withHeader("Accept", "text/plain").get("/actuator/prometheus");

        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("koers_projection_events_total{", "outcome=\"duplicate\"",
                "kafka_consumer_fetch_manager_records_lag_max", "koers_live_subscribers");
    }
}
