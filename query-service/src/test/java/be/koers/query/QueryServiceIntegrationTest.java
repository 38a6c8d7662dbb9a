package be.koers.query;

import be.koers.testing.EventPublisher;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.testing.ApiClient;
import be.koers.testing.FreshDatabase;
import be.koers.testing.LocalIssuer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the query-service on a fresh database of the real PostgreSQL and an in-process KRaft Kafka broker. The
 * test classes share one Spring context (one database, one broker), so each works on plans of its own. Today is
 * {@link #TODAY} for every test, so statuses that depend on the date are fixed.
 */
@AutoConfigureObservability(tracing = false) // Boot's tests leave metrics export (and /actuator/prometheus) off
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(kraft = true, partitions = 3,
        topics = {KoersTopics.TENANT_EVENTS, KoersTopics.LEGISLATURE_EVENTS, KoersTopics.PLAN_EVENTS, KoersTopics.INDICATOR_EVENTS})
@Import(QueryServiceIntegrationTest.FixedClock.class)
public abstract class QueryServiceIntegrationTest {

    public static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

    /** Every projection table, applied-event marks included, in a fixed order; the change feed is dumped apart. */
    protected static final List<String> PROJECTION_TABLES = List.of("legislature", "plan", "plan_element", "element_tag",
            "applied_event", "indicator", "indicator_target", "indicator_link", "indicator_score",
            "indicator_score_history", "item_progress", "item_progress_history", "budget_line", "budget_history",
            "feed_counter", "change_feed", "adopted_plan_element", "adopted_element_tag", "adopted_plan", "plan_revision",
            "plan_edition", "element_version", "statement_version", "history_open_revision", "audit_line",
            "audit_subject", "element_continuation", "tenant",
            "tenant_department");
    /**
     * The change feed numbers a plan's changes in the order they were consumed, and a plan's stream and its
     * indicators' streams are consumed in parallel: a replay may interleave them differently. What must come out
     * the same is every change (without its number), each plan's numbering (1 to n), and within each aggregate
     * the order of its changes.
     */
    private static final List<String> CHANGE_FEED_DUMP = List.of(
            "SELECT 'change_feed ' || (f - 'seq')::text FROM (SELECT to_jsonb(c) AS f FROM change_feed c) t ORDER BY 1",
            "SELECT 'change_feed numbering ' || tenant || ' ' || plan_id || ' ' || count(*) || ' ' || min(seq) || ' ' || max(seq)"
                    + " FROM change_feed GROUP BY tenant, plan_id ORDER BY 1",
            "SELECT 'change_feed order ' || tenant || ' ' || plan_id || ' ' || (data ->> 'aggregateId') || ' '"
                    + " || string_agg(data ->> 'sequenceNumber', ',' ORDER BY seq)"
                    + " FROM change_feed GROUP BY tenant, plan_id, data ->> 'aggregateId' ORDER BY 1");
    /** Reads numbers as exact decimals with their scale, as a client that cares about cents must. */
    private static final ObjectMapper EXACT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    protected static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);
    private static final FreshDatabase DATABASE = FreshDatabase.create("query");

    static {
        // The Spring context is cached across test classes: drop the database only when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close));
    }

    @LocalServerPort
    protected int port;
    /** Health details and metrics: random too, as the server port is (Spring Boot's test support sees to that). */
    @LocalManagementPort
    protected int managementPort;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MeterRegistry meters;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private KafkaAdmin kafkaAdmin;

    protected EventPublisher events;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsDataSource(registry::add);
        // tokens come from the real local issuer, as every administration's would come from its own
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> LocalIssuer.shared().issuerUri());
    }

    @BeforeEach
    void newPublisher() {
        events = new EventPublisher(kafka, json);
    }

    /** The read model's own database, for tests that look into it or break it. */
    protected static FreshDatabase database() {
        return DATABASE;
    }

    protected ApiClient as(String user, String password) {
        return ApiClient.as(baseUrl(), user, password);
    }

    protected ApiClient viewer() {
        return as("viewer", "viewer");
    }

    /** Koersbeke's auditor, who reads everything of the administration: its plans, their history and audit trail. */
    protected ApiClient auditor() {
        return as("auditor", "auditor");
    }

    /** Koers' operator, of no administration, who rebuilds read models and retries or skips their parked events. */
    protected ApiClient operator() {
        return as("operator", "operator");
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(baseUrl());
    }

    /** Waits until the auditor reads the plan at the given version, and returns it. */
    protected JsonNode awaitPlanVersion(String planId, long version) {
        return awaitJson("/api/plans/" + planId + "?includeRetired=true",
                plan -> plan.path("version").asLong(-1) == version);
    }

    /** Publishes events of one plan's stream and waits until the auditor reads the plan at the version of the last. */
    protected JsonNode publishAndAwaitPlan(List<? extends PlanEvent> planEvents) {
        events.publish(planEvents);
        String planId = planEvents.get(planEvents.size() - 1).planId().value();
        return awaitPlanVersion(planId, events.lastSequence(planId));
    }

    /** What the auditor reads at the path (any question of the query-service), which must answer 200. */
    protected JsonNode read(String path) {
        ApiClient.Response response = auditor().get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.json();
    }

    protected JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
        return await().atMost(PROJECTION_TIMEOUT).until(() -> {
            ApiClient.Response response = auditor().get(path);
            return response.status() == 200 ? response.json() : null;
        }, body -> body != null && condition.test(body));
    }

    /** Every row of every projection table as text, ordered, for comparing whole states. */
    protected List<String> dumpProjectionTables() {
        List<String> rows = new ArrayList<>();
        for (String table : PROJECTION_TABLES) {
            if (!table.equals("change_feed")) {
                jdbc.sql("SELECT '" + table + "' || ' ' || t::text FROM " + table + " t ORDER BY 1").query(String.class).list()
                        .forEach(rows::add);
            }
        }
        CHANGE_FEED_DUMP.forEach(query -> rows.addAll(jdbc.sql(query).query(String.class).list()));
        return rows;
    }

    /** Publishes the events and waits until the projection committed them all. */
    protected void publishAndAwait(List<? extends TenantScoped> published) {
        awaitConsumed(events.send(published.stream().map(events::record).toList()));
    }

    protected static JsonNode exactJson(ApiClient.Response response) {
        return exactJson(response.body());
    }

    protected static JsonNode exactJson(String json) {
        try {
            return EXACT_JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    protected double projectedRecords(String outcome) {
        return meters.get("koers.projection.events").tag("outcome", outcome).counter().count();
    }

    /** Waits until the projection's consumer group committed offsets past these records: they were handled. */
    protected void awaitConsumed(List<RecordMetadata> records) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("query-service")
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                for (RecordMetadata record : records) {
                    OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                    assertThat(offset).as("committed offset of %s-%d", record.topic(), record.partition()).isNotNull();
                    assertThat(offset.offset()).isGreaterThan(record.offset());
                }
            });
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            ZoneId brussels = ZoneId.of("Europe/Brussels");
            return Clock.fixed(TODAY.atTime(12, 0).atZone(brussels).toInstant(), brussels);
        }
    }
}
