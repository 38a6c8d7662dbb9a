package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.KoersSystem;
import be.koers.testing.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Each packaged service serves health details, metrics and Prometheus on its management port only; its API port
 * answers liveness and readiness to anyone, without details, and nothing of the actuator besides.
 */
class OperationsPortsTest {

    private static final List<String> ACTUATOR_PATHS = List.of("/actuator", "/actuator/health", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/actuator/info");

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = SharedKoers.get();
    }

    @Test
    void theManagementPortServesHealthDetailsMetricsAndPrometheus() {
        for (ServiceProcess service : koers.services()) {
            ApiClient management = ApiClient.anonymous(service.managementUrl());

            JsonNode health = management.get("/actuator/health").json();
            assertThat(health.path("status").asText()).as(service.name()).isEqualTo("UP");
            assertThat(health.at("/components/db/details/database").asText()).as(service.name()).isEqualTo("PostgreSQL");
            assertThat(health.at("/components/kafka/status").asText()).as(service.name()).isEqualTo("UP");

            Response prometheus = management.withHeader("Accept", "text/plain").get("/actuator/prometheus");
            assertThat(prometheus.status()).as(service.name()).isEqualTo(200);
            assertThat(prometheus.body()).as(service.name()).contains("jvm_memory_used_bytes{", "application=\"" + service.name() + "\"");

            Response metrics = management.get("/actuator/metrics/jvm.memory.used");
            assertThat(metrics.status()).as(service.name()).isEqualTo(200);
            assertThat(metrics.json().at("/measurements/0/value").asDouble()).as(service.name()).isPositive();
        }
    }

    @Test
    void theApiPortServesNoneOfTheActuatorNotEvenToASignedInUser() {
        for (ServiceProcess service : koers.services()) {
            ApiClient anonymous = ApiClient.anonymous(service.url());
            ApiClient viewer = anonymous.as("viewer@operations", "viewer");
            assertSoftly(softly -> {
                for (String path : ACTUATOR_PATHS) {
                    Response withoutToken = anonymous.withHeader("Accept", "text/plain, application/json").get(path);
                    softly.assertThat(withoutToken.status()).as(service.name() + " " + path + " without a token").isEqualTo(401);
                    Response signedIn = viewer.withHeader("Accept", "text/plain, application/json").get(path);
                    softly.assertThat(signedIn.status()).as(service.name() + " " + path + " signed in").isEqualTo(404);
                    softly.assertThat(signedIn.body()).as(service.name() + " " + path + " signed in")
                            .doesNotContain("jvm_", "components", "\"names\"");
                }
            });
        }
    }

    @Test
    void livenessAndReadinessAnswerOnTheApiPortWithoutATokenAndWithoutDetails() {
        for (ServiceProcess service : koers.services()) {
            ApiClient anonymous = ApiClient.anonymous(service.url());
            for (String probe : List.of("/livez", "/readyz")) {
                Response response = anonymous.get(probe);
                assertThat(response.status()).as(service.name() + " " + probe).isEqualTo(200);
                assertThat(response.json().fieldNames()).toIterable().as(service.name() + " " + probe).containsExactly("status");
                assertThat(response.json().path("status").asText()).as(service.name() + " " + probe).isEqualTo("UP");
            }
        }
    }
}
