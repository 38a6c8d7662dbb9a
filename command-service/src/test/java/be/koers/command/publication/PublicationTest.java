package be.koers.command.publication;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.command.plan.Plan;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every stored event reaches Kafka once per delivery, in its aggregate's order, in the documented envelope. */
class PublicationTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("publication");

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;
    /** Axon's general serializer, which writes and reads the snapshots. */
    @Autowired
    @Qualifier("serializer")
    Serializer snapshotSerializer;

    @Test
    void storedEventsArePublishedInOrderWithTheirEnvelope() throws Exception {
        ApiClient planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        String goal = planner.post("/api/plans/" + planId + "/goals", Map.of("level", "POLICY_GOAL", "title", "Safe streets", "priority", true)).json().get("id").asText();
        for (int i = 0; i < 120; i++) {
            assertThat(planner.withHeader("X-Change-Reason", "edit " + i)
                    .put("/api/plans/" + planId + "/goals/" + goal, Map.of("title", "Safe streets " + i, "priority", true)).status()).isEqualTo(200);
        }
        long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, planId);
        assertThat(stored).isEqualTo(122);

        List<JsonNode> envelopes = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(KoersTopics.PLAN_EVENTS));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(planId)) {
                        envelopes.add(json.readTree(record.value()));
                    }
                }
                assertThat(envelopes).hasSizeGreaterThanOrEqualTo((int) stored);
            });
        }
        assertThat(envelopes).extracting(e -> e.get("sequenceNumber").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, stored).boxed().toList());
        JsonNode revision = envelopes.get(121);
        assertThat(revision.get("type").asText()).isEqualTo("GoalRevised");
        assertThat(revision.get("version").asText()).isEqualTo("1");
        assertThat(revision.get("tenant").asText()).isEqualTo(administration);
        assertThat(revision.get("aggregateType").asText()).isEqualTo("Plan");
        assertThat(revision.get("aggregateId").asText()).isEqualTo(planId);
        assertThat(revision.get("actor").asText()).isEqualTo("planner@" + administration);
        assertThat(revision.get("reason").asText()).isEqualTo("edit 119");
        assertThat(revision.get("eventId").asText()).isNotBlank();
        assertThat(revision.get("timestamp").asText()).endsWith("Z");
        assertThat(revision.get("payload").get("title").asText()).isEqualTo("Safe streets 119");
    }

    @Test
    void aLargePlanIsSnapshottedAndTheSnapshotLoads() {
        ApiClient planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "GHENT")).json().get("id").asText();
        for (int i = 0; i < 110; i++) {
            planner.post("/api/plans/" + planId + "/goals", Map.of("id", "goal-" + i, "level", "MAIN_STRATEGIC_GOAL", "title", "Pillar " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, planId) > 0);

        DomainEventMessage<?> first = eventStore.readEvents(planId).peek();
        assertThat(first.getPayload()).isInstanceOf(Plan.class);
        // element ids are snapshot keys seen once: interning them made loading large plans twice as slow
        assertThat(((JacksonSerializer) snapshotSerializer).getObjectMapper().getFactory().isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES))
                .isFalse();
        // The plan rebuilt from its snapshot still knows the elements defined before it:
        assertThat(planner.post("/api/plans/" + planId + "/goals",
                Map.of("id", "goal-5", "level", "MAIN_STRATEGIC_GOAL", "title", "Again")).json().get("rule").asText())
                .isEqualTo("duplicate-element");
    }

    @Test
    void anAdminRepublishesEveryStoredEventFromTheEventStore() throws Exception {
        ApiClient planner = as("planner", administration);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(KoersTopics.LEGISLATURE_EVENTS));
            List<String> deliveries = new ArrayList<>();
            awaitDeliveries(consumer, legislature, deliveries, 1);

            assertThat(planner.post("/admin/publication/replay", Map.of()).status()).isEqualTo(403);
            assertThat(operator().post("/admin/publication/replay", Map.of()).status()).isEqualTo(202);

            // Published once when stored, once more by the replay: the same envelope twice.
            awaitDeliveries(consumer, legislature, deliveries, 2);
            assertThat(json.readTree(deliveries.get(0)).get("eventId")).isEqualTo(json.readTree(deliveries.get(1)).get("eventId"));
        }
    }

    @Test
    void anEventStoredInAnEarlierRevisionIsPublishedInTheCurrentOne() throws Exception {
        // The publisher reads through the upcasters: Kafka gets revision 1 only from before the event changed.
        String plan = "upcast-" + UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                        payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Plan', '2026-12-05T02:19:15Z', ?, '1', ?, '{"actor":"planner"}')""",
                UUID.randomUUID().toString(), plan, RevisionDiscarded.class.getName(), """
                        {"tenant":"koersbeke","planId":"%s","revisionNumber":2,"reason":"Niet gesteund"}""".formatted(plan));
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(KoersTopics.PLAN_EVENTS));
            List<String> deliveries = new ArrayList<>();
            awaitDeliveries(consumer, plan, deliveries, 1);

            JsonNode envelope = json.readTree(deliveries.get(0));
            assertThat(envelope.get("type").asText()).isEqualTo("RevisionDiscarded");
            assertThat(envelope.get("version").asText()).isEqualTo("2");
            assertThat(envelope.get("payload").get("reason").asText()).isEqualTo("Niet gesteund");
            assertThat(List.of("removed", "restored", "statementsRestored")).noneMatch(envelope.get("payload")::hasNonNull);
        }
    }

    private static void awaitDeliveries(Consumer<String, String> consumer, String key, List<String> deliveries, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (r.key().equals(key)) {
                    deliveries.add(r.value());
                }
            });
            assertThat(deliveries).hasSize(expected);
        });
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps("publication-test-" + UUID.randomUUID(), "false", broker);
        props.put("auto.offset.reset", "earliest");
        return new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer()).createConsumer();
    }
}
