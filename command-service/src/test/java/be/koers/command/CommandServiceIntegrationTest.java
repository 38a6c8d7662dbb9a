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

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

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
     * {@link #as} registers it, as an operator registers every administration before its users change anything.
     */
    protected static String newAdministration(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** The operator of Koers, who registers administrations and runs the projections. */
    protected ApiClient operator() {
        return ApiClient.as("http://127.0.0.1:" + port, "operator", "operator");
    }

    /** Registers the administration the first time a test signs in to it. */
    protected String registered(String administration) {
        if (REGISTERED.add(administration)) {
            ApiClient.Response created = operator().post("/admin/tenants", Map.of("tenant", administration,
                    "name", Map.of("nl", "Gemeente " + administration, "en", "Municipality of " + administration)));
            if (created.status() != 201) {
                throw new IllegalStateException("The operator could not register " + administration + ": " + created);
            }
        }
        return administration;
    }

    /**
     * A scorer of one department, which the administration's tenant admin defines (its names as items and indicators
     * name their owner department) and whose tokens name it by id.
     */
    protected ApiClient scorerOf(String administration, String departmentName) {
        String departmentId = departmentName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        ApiClient tenantAdmin = as("tenant-admin", administration);
        tenantAdmin.put("/api/tenant", Map.of("name", Map.of("nl", administration, "en", administration), "departmentMatch", "ID"));
        ApiClient.Response defined = tenantAdmin.post("/api/tenant/departments", Map.of("departmentId", departmentId,
                "name", Map.of("nl", departmentName, "en", departmentName)));
        if (defined.status() != 201 && defined.status() != 409) {
            throw new IllegalStateException("The tenant admin could not define " + departmentName + ": " + defined);
        }
        return as("scorer+" + departmentId, administration);
    }

    /**
     * A user of the administration with only this role ({@code planner}, {@code scorer+<department>}, {@code viewer} …), signed in
     * at the local issuer, which knows {@code <role>@<administration>} users in tests.
     */
    protected ApiClient as(String role, String administration) {
        return ApiClient.as("http://127.0.0.1:" + port, role + "@" + registered(administration), role.replaceFirst("\\+.*", ""));
    }
}
