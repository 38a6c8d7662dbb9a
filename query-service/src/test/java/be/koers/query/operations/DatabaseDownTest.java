package be.koers.query.operations;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import be.koers.testing.Probe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query-service on a database of its own and a Kafka broker that is not there (a closed port). While the
 * database refuses connections (as while PostgreSQL restarts) a question is answered 503 database-unavailable, not
 * 500, and the service is not ready; health answers at once throughout, and all is well again once the database is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseDownTest {

    private static final FreshDatabase DATABASE = FreshDatabase.create("query_down");
    private static final int NO_KAFKA = closedPort();

    static {
        // the Spring context is cached until the JVM ends: drop the database only then
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + NO_KAFKA);
        // a refused database answers a request within Hikari's shortest timeout rather than its default 30 s
        registry.add("spring.datasource.hikari.connection-timeout", () -> "250");
        registry.add("koers.health.interval", () -> "200ms");
        registry.add("koers.health.timeout", () -> "1s");
    }

    @Test
    void aQuestionWhileTheDatabaseRefusesIs503AndTheServiceIsNotReadyUntilItIsBack() {
        ApiClient auditor = ApiClient.as(api(), "auditor", "auditor");
        assertThat(auditor.get("/api/legislatures").status()).isEqualTo(200);
        ApiClient.Response health = Probe.get(management() + "/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.json().at("/components/kafka/status").asText()).isEqualTo("DEGRADED");
        assertThat(Probe.get(api() + "/readyz").status()).isEqualTo(200);

        DATABASE.refuseConnections();
        try {
            ApiClient.Response refused = auditor.get("/api/legislatures");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("rule").asText()).isEqualTo("database-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("5");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                ApiClient.Response down = Probe.get(management() + "/actuator/health");
                assertThat(down.status()).as(down.toString()).isEqualTo(503);
                assertThat(down.json().at("/components/db/status").asText()).isEqualTo("DOWN");
                assertThat(down.json().at("/components/db/details/checkedAt").asText()).isNotBlank();
            });
            ApiClient.Response notReady = Probe.get(api() + "/readyz");
            assertThat(notReady.status()).as(notReady.toString()).isEqualTo(503);
            assertThat(notReady.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(Probe.get(api() + "/livez").status()).isEqualTo(200);
        } finally {
            DATABASE.acceptConnections();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Probe.get(api() + "/readyz").status() == 200);
        assertThat(auditor.get("/api/legislatures").status()).isEqualTo(200);
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
