package be.koers.reporting;

import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.testing.ApiClient;
import be.koers.testing.EventPublisher;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the reporting-service on a fresh database of the real PostgreSQL and an in-process KRaft Kafka broker. The
 * test classes share one Spring context, so each works on plans with ids of its own.
 */
@AutoConfigureObservability(tracing = false) // Boot's tests leave metrics export (and /actuator/prometheus) off
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 3,
        topics = {KoersTopics.TENANT_EVENTS, KoersTopics.LEGISLATURE_EVENTS, KoersTopics.PLAN_EVENTS, KoersTopics.INDICATOR_EVENTS})
public abstract class ReportingServiceTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final FreshDatabase DATABASE = FreshDatabase.create("reporting");

    static {
        // Spring closes the context (and its pool) at the end of the run; the database goes when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    @Autowired
    protected ObjectMapper json;

    private static final Set<String> PUBLISHED = ConcurrentHashMap.newKeySet();

    private EventPublisher publisher;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        // tokens come from the real local issuer, as every administration's would come from its own
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
    }

    protected static FreshDatabase database() {
        return DATABASE;
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected ApiClient as(String user, String password) {
        return ApiClient.as(baseUrl(), user, password);
    }

    protected ApiClient planner() {
        return as("planner", "planner");
    }

    /** One publisher per test class instance, so the sequence numbers of an aggregate run on from 0. */
    protected EventPublisher events() {
        if (publisher == null) {
            publisher = new EventPublisher(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    KafkaTestUtils.producerProps(broker), new StringSerializer(), new StringSerializer())), json);
        }
        return publisher;
    }

    protected void publish(List<? extends TenantScoped> events) {
        events().publish(events);
    }

    /**
     * Publishes the fixture's events the first time a test asks for them, and waits until the read models show the
     * last of them: the realised spending of the earlier plan and the comparison's indicator values.
     */
    protected void projected(TwoLegislatures plans) {
        if (PUBLISHED.add(plans.prefix)) {
            publish(plans.previousLegislature());
            publish(plans.currentLegislature());
        }
        awaitProjected(plans);
    }

    /** Waits until the read models show the last of the fixture's events, published by the caller. */
    protected void awaitProjected(TwoLegislatures plans) {
        awaitJson(planner(), "/api/plans/" + plans.previous.value() + "/realisation",
                r -> r.path("total").path("realised").path("count").asLong() == 4
                        && r.path("total").path("realised").path("actualExpenditure").decimalValue().intValue() == 155000);
        awaitJson(planner(), "/api/plans/" + plans.current.value() + "/comparison",
                c -> c.path("continuingIndicators").path(0).path("current").path("value").isNumber()
                        && c.path("droppedIndicators").path(0).path("previous").path("value").isNumber());
    }

    /** Waits until GET {@code path} answers 200 with a body the condition accepts, and returns that body. */
    protected JsonNode awaitJson(ApiClient client, String path, Predicate<JsonNode> ready) {
        JsonNode[] body = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            ApiClient.Response response = client.get(path);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
            assertThat(ready.test(response.json())).as(path + " not ready: " + response.body()).isTrue();
            body[0] = response.json();
        });
        return body[0];
    }
}
