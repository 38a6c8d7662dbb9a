package be.koers.command.operations;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import be.koers.testing.Probe;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command-service on a database of its own and a Kafka broker that is not there (a closed port): commands are
 * stored all the same and health says DEGRADED, naming Kafka, while the service stays ready. When the database
 * refuses connections (as while PostgreSQL restarts), a command is refused 503 and nothing of it is stored; sent
 * again once the database is back, it is stored once. Health answers at once throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DependenciesDownTest {

    private static final FreshDatabase DATABASE = FreshDatabase.create("command_down");
    private static final int NO_KAFKA = closedPort();

    static {
        // the Spring context is cached until the JVM ends: drop the database only then
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + NO_KAFKA);
        // the topics cannot be created at start: give up on them soon (logged), as on a real start without a broker
        registry.add("spring.kafka.admin.operation-timeout", () -> "1s");
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "1000");
        // a refused database answers a request within Hikari's shortest timeout rather than its default 30 s
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
        registry.add("koers.health.interval", () -> "200ms");
        registry.add("koers.health.timeout", () -> "1s");
    }

    @Test
    void withoutKafkaCommandsAreStoredAndHealthIsDegradedButReady() {
        String administration = registered("no-kafka");
        ApiClient.Response created = planner(administration).post("/api/legislatures",
                Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        ApiClient.Response health = Probe.get(management() + "/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/kafka/status").asText()).isEqualTo("DEGRADED");
        assertThat(body.at("/components/kafka/details/dependency").asText()).isEqualTo("kafka");
        assertThat(body.at("/components/kafka/details/error").asText()).startsWith("no answer within");
        assertThat(body.at("/components/kafka/details/checkedAt").asText()).isNotBlank();

        ApiClient.Response ready = Probe.get(api() + "/readyz");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aCommandWhileTheDatabaseRefusesIs503AndIsStoredOnceWhenSentAgain() {
        ApiClient planner = planner(registered("no-database"));
        String legislatureId = "legislature-" + UUID.randomUUID();
        Map<String, Object> create = Map.of("legislatureId", legislatureId, "name", "2026-2031", "firstYear", 2026, "lastYear", 2031);

        DATABASE.refuseConnections();
        try {
            ApiClient.Response refused = planner.post("/api/legislatures", create);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("rule").asText()).isEqualTo("database-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("5");

            // health and readiness answer at once (the probe's bound), from the last background check
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                ApiClient.Response health = Probe.get(management() + "/actuator/health");
                assertThat(health.status()).as(health.toString()).isEqualTo(503);
                assertThat(health.json().at("/components/db/status").asText()).isEqualTo("DOWN");
                assertThat(health.json().at("/components/db/details/error").asText()).isNotBlank();
            });
            assertThat(Probe.get(api() + "/readyz").status()).isEqualTo(503);
            assertThat(Probe.get(api() + "/livez").status()).isEqualTo(200);
        } finally {
            DATABASE.acceptConnections();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Probe.get(api() + "/readyz").status() == 200);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(legislatureId).query(Long.class).single()).as("stored by the refused command").isZero();
        ApiClient.Response accepted = planner.post("/api/legislatures", create);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(legislatureId).query(Long.class).single()).isEqualTo(1);
    }

    /** An administration of its own, registered by the operator as every administration is before its users act. */
    private String registered(String prefix) {
        String administration = prefix + "-" + UUID.randomUUID();
        ApiClient.Response registered = ApiClient.as(api(), "operator", "operator").post("/admin/tenants", Map.of("tenant", administration,
                "name", Map.of("nl", "Gemeente " + administration, "en", "Municipality of " + administration)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return administration;
    }

    private ApiClient planner(String administration) {
        return ApiClient.as(api(), "planner@" + administration, "planner");
    }

    private String api() {
        return "http://127.0.0.1:" + port;
    }

    private String management() {
        return "http://127.0.0.1:" + managementPort;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
