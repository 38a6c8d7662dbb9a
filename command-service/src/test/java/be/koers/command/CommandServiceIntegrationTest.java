package be.koers.command;

import be.koers.planning.api.shared.TenantId;
import be.koers.support.security.KoersRole;
import be.koers.support.security.KoersSecurityProperties;
import be.koers.support.security.KoersUser;
import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Boots the command-service on a fresh database of the real PostgreSQL and an in-process KRaft Kafka broker.
 * Test classes extending it share one Spring context (same database), so they must not depend on each other's data.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}", "koers.kafka.partitions=3"})
@EmbeddedKafka(kraft = true, partitions = 3)
@Import(CommandServiceIntegrationTest.AdministrationsOfTheirOwn.class)
public abstract class CommandServiceIntegrationTest {

    private static final FreshDatabase DATABASE = FreshDatabase.create("command");

    static {
        // The Spring context is cached across test classes: drop the database only when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
    }

    /**
     * An administration no other test uses. The legislatures of an administration must differ in name and years,
     * so a test that creates one (and its plan, 2026-2031 like every other test's) works in a tenant of its own.
     */
    protected static String newAdministration(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A user of the administration with only this role: {@code planner}, {@code staff} or {@code viewer}. */
    protected ApiClient as(String role, String administration) {
        return ApiClient.as("http://127.0.0.1:" + port, role + "@" + administration, role);
    }

    /**
     * The configured users and, for any administration, {@code <role>@<tenant>} with the role's name as password,
     * so that tests can work in administrations of their own.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class AdministrationsOfTheirOwn {

        @Bean
        UserDetailsService koersUsers(KoersSecurityProperties properties) {
            return username -> {
                int at = username.indexOf('@');
                if (at > 0) {
                    String role = username.substring(0, at);
                    return new KoersUser(username, "{noop}" + role, TenantId.of(username.substring(at + 1)),
                            List.of(KoersRole.valueOf(role.toUpperCase(Locale.ROOT))));
                }
                // a new object every time: Spring Security erases the credentials of the one it is given
                return properties.users().stream().filter(user -> user.username().equals(username)).findFirst()
                        .map(user -> new KoersUser(user.username(), user.password(), TenantId.of(user.tenant()), user.roles()))
                        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
            };
        }
    }
}
