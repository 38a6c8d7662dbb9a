package be.koers.command;

import be.koers.testing.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
    }
}
