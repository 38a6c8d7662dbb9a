package be.koers.command;

import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * Boots the command-service on a fresh database of the real PostgreSQL and an in-process KRaft Kafka broker.
 * Test classes extending it share one Spring context (same database), so they must not depend on each other's data.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}", "koers.kafka.partitions=3"})
@EmbeddedKafka(kraft = true, partitions = 3)
public abstract class CommandServiceIntegrationTest {

    private static final FreshDatabase DATABASE = FreshDatabase.create("command");

    static {
        // The Spring context is cached across test classes: drop the database only when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    protected int port;
    /** Health details and metrics: random too, as the server port is (Spring Boot's test support sees to that). */
    @LocalManagementPort
    protected int managementPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        // tokens come from the real local issuer, as every administration's would come from its own
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
    }

    /**
     * An administration no other test uses. The legislatures of an administration must differ in name and years,
     * so a test that creates one (and its plan, 2026-2031 like every other test's) works in a tenant of its own.
     */
    protected static String newAdministration(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /**
     * A user of the administration with only this role ({@code planner}, {@code staff} or {@code viewer}), signed in
     * at the local issuer, which knows {@code <role>@<administration>} users in tests.
     */
    protected ApiClient as(String role, String administration) {
        return ApiClient.as("http://127.0.0.1:" + port, role + "@" + administration, role);
    }
}
