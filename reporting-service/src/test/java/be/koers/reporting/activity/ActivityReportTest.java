package be.koers.reporting.activity;

import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting-service on a fresh database of the real PostgreSQL and an in-process KRaft Kafka broker: events
 * published as the command-service publishes them (JSON envelopes keyed by aggregate id) become activity counts,
 * per administration, each event counted once however often Kafka delivers it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 2, topics = {KoersTopics.LEGISLATURE_EVENTS, KoersTopics.PLAN_EVENTS, KoersTopics.INDICATOR_EVENTS})
@AutoConfigureObservability(tracing = false) // Prometheus is off in tests unless asked for
@DirtiesContext
class ActivityReportTest {

    private static final FreshDatabase DATABASE = FreshDatabase.create("reporting");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static {
        // Spring closes the context (and its pool) after the class; the database goes when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ObjectMapper json;

    DefaultKafkaProducerFactory<String, String> producers;
    KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        // tokens come from the real local issuer, as every administration's would come from its own
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
    }

    @BeforeEach
    void producer() {
        producers = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new StringSerializer());
        kafka = new KafkaTemplate<>(producers);
    }

    @AfterEach
    void closeProducer() {
        producers.destroy();
    }

    @Test
    void countsEachEventOncePerTenantAndType() throws Exception {
        TenantId koersbeke = TenantId.of("koersbeke");
        LegislatureId legislature = LegislatureId.generate();
        PlanId plan = PlanId.generate();
        EventEnvelope created = envelope("Legislature", legislature.value(), 0,
                new LegislatureCreated(koersbeke, legislature, "Legislatuur 2025-2030", 2025, 2030));
        EventEnvelope drafted = envelope("Plan", plan.value(), 0,
                new PlanDrafted(koersbeke, plan, legislature, "Meerjarenplan 2026-2031", PlanTemplate.BBC, 2026, 2031));
        EventEnvelope attached = envelope("Legislature", legislature.value(), 1,
                new PlanAttachedToLegislature(koersbeke, legislature, plan));
        TenantId zandhoven = TenantId.of("zandhoven");
        LegislatureId other = LegislatureId.generate();
        EventEnvelope otherTenant = envelope("Legislature", other.value(), 0,
                new LegislatureCreated(zandhoven, other, "Legislatuur 2025-2030", 2025, 2030));

        double appliedBefore = counter(scrapeMetrics(), "applied");
        double duplicatesBefore = counter(scrapeMetrics(), "duplicate");
        double parkedBefore = counter(scrapeMetrics(), "parked");
        double skippedBefore = counter(scrapeMetrics(), "skipped");

        publish(created);
        publish(drafted);
        publish(created); // redelivered: at-least-once publication may send an event twice
        kafka.send(KoersTopics.LEGISLATURE_EVENTS, legislature.value(), "{not an envelope").get(10, TimeUnit.SECONDS);
        publish(attached); // same key, so same partition: parked behind the bad record, until an operator skips that
        publish(otherTenant);

        ApiClient operator = ApiClient.as(baseUrl(), "operator", "operator");
        JsonNode parked = await().atMost(PATIENCE).until(() -> operator.get("/admin/projections/parked").json(),
                sequences -> sequences.size() == 1 && sequences.get(0).path("events").size() == 2);
        assertThat(parked.get(0).path("sequence").asText()).isEqualTo(legislature.value());
        assertThat(parked.get(0).path("events").get(1).path("eventType").asText()).isEqualTo("PlanAttachedToLegislature");
        ApiClient.Response skipped = operator.post("/admin/projections/parked/" + legislature.value() + "/skip",
                Map.of("eventId", parked.get(0).path("events").get(0).path("eventId").asText(), "reason", "Not JSON"));
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
        assertThat(skipped.json().path("applied").asInt()).isEqualTo(1);

        ApiClient viewer = ApiClient.as(baseUrl(), "viewer", "viewer");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode report = viewer.get("/api/activity").json();
            assertThat(countOf(report, "PlanAttachedToLegislature")).isEqualTo(1);
            assertThat(countOf(report, "PlanDrafted")).isEqualTo(1);
        });

        ApiClient.Response response = viewer.get("/api/activity");
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("tenant").asText()).isEqualTo("koersbeke");
        assertThat(countOf(report, "LegislatureCreated")).as("the duplicate is not counted").isEqualTo(1);
        assertThat(report.path("totalEvents").asLong()).isEqualTo(3);
        assertThat(types(report)).containsExactly("LegislatureCreated", "PlanAttachedToLegislature", "PlanDrafted");
        JsonNode planDrafted = entry(report, "PlanDrafted");
        assertThat(Instant.parse(planDrafted.path("lastEventAt").asText())).isEqualTo(drafted.timestamp());

        assertThat(lastSequence(legislature.value())).isEqualTo(1);
        assertThat(lastSequence(plan.value())).isEqualTo(0);

        // Another administration sees only its own activity.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode theirs = ApiClient.as(baseUrl(), "zandhoven-planner", "zandhoven").get("/api/activity").json();
            assertThat(theirs.path("tenant").asText()).isEqualTo("zandhoven");
            assertThat(types(theirs)).containsExactly("LegislatureCreated");
            assertThat(theirs.path("totalEvents").asLong()).isEqualTo(1);
        });

        // The counters move right after the transaction commits, so they may trail the read model for a moment.
        await().atMost(PATIENCE).untilAsserted(() -> {
            String metrics = scrapeMetrics();
            assertThat(counter(metrics, "applied") - appliedBefore).isEqualTo(4.0);
            assertThat(counter(metrics, "duplicate") - duplicatesBefore).isEqualTo(1.0);
            assertThat(counter(metrics, "parked") - parkedBefore).isEqualTo(2.0);
            assertThat(counter(metrics, "skipped") - skippedBefore).isEqualTo(1.0);
        });
    }

    @Test
    void refusesCallersWithoutCredentialsWithAProblem() {
        ApiClient.Response response = ApiClient.anonymous(baseUrl()).get("/api/activity");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("rule").asText()).isEqualTo("authentication-required");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void reportsHealthOfDatabaseAndKafka() {
        ApiClient.Response response = ApiClient.anonymous(managementUrl()).get("/actuator/health");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode health = response.json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void publishesItsApiDescription() {
        ApiClient.Response response = ApiClient.anonymous(baseUrl()).get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("paths").has("/api/activity")).isTrue();
    }

    private EventEnvelope envelope(String aggregateType, String aggregateId, long sequence, TenantScoped event) {
        return new EventEnvelope(UUID.randomUUID().toString(), event.getClass().getSimpleName(), "1",
                event.tenant().value(), aggregateType, aggregateId, sequence,
                Instant.now().truncatedTo(ChronoUnit.MICROS), "planner", UUID.randomUUID().toString(), null,
                json.valueToTree(event));
    }

    private void publish(EventEnvelope envelope) throws Exception {
        kafka.send(KoersTopics.forAggregateType(envelope.aggregateType()), envelope.aggregateId(),
                json.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Health details and metrics; random in tests, as the server port is. */
    private String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    private static long countOf(JsonNode report, String type) {
        JsonNode entry = entry(report, type);
        return entry == null ? 0 : entry.path("count").asLong();
    }

    private static JsonNode entry(JsonNode report, String type) {
        for (JsonNode entry : report.path("eventTypes")) {
            if (type.equals(entry.path("type").asText())) {
                return entry;
            }
        }
        return null;
    }

    private static List<String> types(JsonNode report) {
        List<String> types = new ArrayList<>();
        report.path("eventTypes").forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    private static long lastSequence(String aggregateId) throws Exception {
        try (Connection connection = DATABASE.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT last_sequence FROM applied_event WHERE aggregate_id = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("applied_event row of " + aggregateId).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private String scrapeMetrics() {
        return ApiClient.anonymous(managementUrl()).withHeader("Accept", "text/plain").get("/actuator/prometheus").body();
    }




    private static double counter(String prometheus, String outcome) {
        Matcher matcher = Pattern.compile("^koers_projection_events_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(prometheus);
        assertThat(matcher.find()).as("counter with outcome " + outcome + " in\n" + prometheus).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
