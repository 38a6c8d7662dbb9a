package be.koers.query.recorded;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.query.GhentHistory;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.RegisteredTenant;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A recorded history and what every read endpoint answered to it: the events of an administration's plan with
 * editions, a revision adopted, one discarded and one open, unplanned work, continuations declared and withdrawn,
 * scores corrected, progress and budgets, as the command-service published them
 * ({@code src/test/resources/recorded-history/events.ndjson}), and the answers
 * ({@code answers.json}). Published again, both as the live projection applies them and after a rebuild from the
 * topics, they must give the same answers: a redesign of the read side keeps what it answers to stored events.
 * <p>
 * {@code -Dkoers.recordHistory=true} records a new history and its answers (only before a change of the read side:
 * the recorded answers are the reference).
 */
class RecordedHistoryTest extends QueryServiceIntegrationTest {

    private static final Path RECORDED = Path.of("src", "test", "resources", "recorded-history");
    private static final ObjectMapper STABLE = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Test
    void oldEventsGiveTheRecordedAnswersLiveAndAfterARebuild() throws Exception {
        if (Boolean.getBoolean("koers.recordHistory")) {
            record();
        }
        List<String> records = Files.readAllLines(RECORDED.resolve("events.ndjson"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        List<EventEnvelope> history = new ArrayList<>();
        for (String record : records) {
            history.add(STABLE.readValue(record, EventEnvelope.class));
        }
        // sent as recorded, byte for byte: the payloads' numbers keep their scale
        List<ProducerRecord<String, String>> asRecorded = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ProducerRecord<String, String> headers = events.record(history.get(i));
            asRecorded.add(new ProducerRecord<>(headers.topic(), null, headers.key(), records.get(i), headers.headers()));
        }
        awaitConsumed(events.send(asRecorded));
        awaitApplied(history);
        JsonNode recorded = exactJson(Files.readString(RECORDED.resolve("answers.json")));

        assertSameAnswers("the live read model", answers(history), recorded);

        ApiClient.Response rebuild = operator().post("/admin/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        await().atMost(PROJECTION_TIMEOUT).until(() -> operator().get("/admin/projections/status").json(),
                status -> !status.path("rebuilding").asBoolean(true) && status.path("consumerLag").asLong(-1) == 0);
        assertSameAnswers("the rebuilt read model", answers(history), recorded);
    }

    private static void assertSameAnswers(String readModel, JsonNode answers, JsonNode recorded) {
        List<String> differing = new ArrayList<>();
        recorded.fieldNames().forEachRemaining(path -> {
            if (!recorded.get(path).equals(answers.get(path))) {
                differing.add(path + "\n  recorded: " + recorded.get(path) + "\n  now:      " + answers.get(path));
            }
        });
        assertThat(differing).as(readModel + ": questions whose answer differs from the recorded one").isEmpty();
        assertThat(answers.size()).as(readModel + ": questions asked").isEqualTo(recorded.size());
    }

    /** Every read question about the recorded administration, the paths found from its own answers. */
    private ObjectNode answers(List<EventEnvelope> history) {
        String tenant = history.get(0).tenant();
        String plan = "/api/plans/" + firstOf(history, "PlanDrafted").aggregateId();
        ApiClient auditor = as("auditor@" + tenant, "auditor");
        Map<String, ApiClient> questions = new LinkedHashMap<>();
        for (String path : List.of("/api/tenant", "/api/legislatures", plan + "?includeRetired=true", plan + "?view=draft&includeRetired=true",
                plan + "/elements?size=1000&includeRetired=true", plan + "/elements?size=1000&view=draft", plan + "/indicators",
                plan + "/status", plan + "/budget", plan + "/editions", plan + "/revisions", plan + "/audit?size=1000",
                plan + "/audit/export?format=csv&lang=nl", plan + "/as-of?date=2026-01-01", plan + "/as-of?date=2026-07-01",
                plan + "/as-of?date=2027-01-01&includeRetired=true", plan + "/diff?fromEdition=1&toEdition=2",
                plan + "/diff?fromEdition=2&toEdition=3", plan + "/diff?fromEdition=1&toEdition=3&format=markdown")) {
            questions.put(path, auditor);
        }
        for (EventEnvelope event : moments(history)) {
            questions.put(plan + "/as-of?instant=" + event.timestamp() + "&includeRetired=true", auditor);
        }
        questions.put(plan + "/mine", as("scorer+" + RegisteredTenant.GREEN_NAME.nl() + "@" + tenant, "scorer"));
        JsonNode tree = auditor.get(plan + "?view=draft&includeRetired=true").json();
        for (String element : new LinkedHashSet<>(tree.findValuesAsText("elementId"))) {
            for (String question : List.of("", "/history", "/budget", "/progress")) {
                questions.put(plan + "/elements/" + element + question, auditor);
            }
        }
        for (JsonNode edition : auditor.get(plan + "/editions").json().path("editions")) {
            questions.put(plan + "/editions/" + edition.path("edition").asText() + "/tree", auditor);
        }
        for (JsonNode indicator : auditor.get(plan + "/indicators").json().path("indicators")) {
            questions.put("/api/indicators/" + indicator.path("indicatorId").asText(), auditor);
        }
        ObjectNode answers = STABLE.createObjectNode();
        questions.forEach((path, caller) -> {
            ApiClient.Response response = caller.get(path);
            ObjectNode answer = answers.putObject(path).put("status", response.status());
            if (response.contentType() != null && response.contentType().contains("json")) {
                answer.set("body", exactJson(response));
            } else {
                answer.put("body", response.body());
            }
        });
        return answers;
    }

    /** Instants between the plan's events, a quarter, a half and three quarters into its history. */
    private static List<EventEnvelope> moments(List<EventEnvelope> history) {
        List<EventEnvelope> planEvents = history.stream().filter(event -> event.aggregateType().equals("Plan")).toList();
        return List.of(planEvents.get(planEvents.size() / 4), planEvents.get(planEvents.size() / 2),
                planEvents.get(planEvents.size() * 3 / 4));
    }

    /** Publishes a new history as the command-service would, and writes its events and the answers they gave. */
    private void record() throws IOException {
        RegisteredTenant registered = new RegisteredTenant("recorded", DepartmentMatch.NAME);
        GhentHistory recorded = new GhentHistory(registered.tenant);
        List<TenantScoped> published = new ArrayList<>(registered.events());
        published.addAll(recorded.ghent.legislatureEvents());
        published.addAll(recorded.ghent.planEvents());
        published.addAll(recorded.monitoring.planEvents());
        published.addAll(recorded.revised());
        published.addAll(recorded.indicatorEvents());
        List<EventEnvelope> history = published.stream().map(events::envelope).toList();
        List<ProducerRecord<String, String>> records = history.stream().map(events::record).toList();
        StringBuilder lines = new StringBuilder();
        records.forEach(record -> lines.append(record.value()).append('\n'));
        Files.createDirectories(RECORDED);
        Files.writeString(RECORDED.resolve("events.ndjson"), lines, StandardCharsets.UTF_8);
        awaitConsumed(events.send(records));
        awaitApplied(history);
        Files.writeString(RECORDED.resolve("answers.json"), STABLE.writeValueAsString(answers(history)) + "\n", StandardCharsets.UTF_8);
    }

    /** Until the recorded administration's auditor reads the plan at the version of its last event. */
    private void awaitApplied(List<EventEnvelope> history) {
        String plan = firstOf(history, "PlanDrafted").aggregateId();
        ApiClient auditor = as("auditor@" + history.get(0).tenant(), "auditor");
        await().atMost(PROJECTION_TIMEOUT).until(() -> auditor.get("/api/plans/" + plan + "?includeRetired=true"),
                plan200 -> plan200.status() == 200 && plan200.json().path("version").asLong() == lastSequence(history, plan));
    }

    private static EventEnvelope firstOf(List<EventEnvelope> history, String type) {
        return history.stream().filter(event -> event.type().equals(type)).findFirst().orElseThrow();
    }

    private static long lastSequence(List<EventEnvelope> history, String aggregateId) {
        return history.stream().filter(event -> event.aggregateId().equals(aggregateId))
                .mapToLong(EventEnvelope::sequenceNumber).max().orElseThrow();
    }
}
