package be.koers.query.projection;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.KoersTopics;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once delivery: redeliveries and replays change nothing; events this service cannot apply or read are parked
 * with the events of their aggregate behind them, never skipped unless an operator says so.
 */
class PolledRecordTest extends QueryServiceIntegrationTest {

    private static final TenantId KOERSBEKE = TenantId.of("koersbeke");

    @Autowired
    private ObjectMapper json;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void aRedeliveredOrReplayedRecordLeavesTheTablesAsOneDeliveryDid() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        List<ProducerRecord<String, String>> legislature = events.publish(ghent.legislatureEvents());
        List<ProducerRecord<String, String>> plan = events.publish(ghent.planEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
        List<String> onceDelivered = dumpProjectionTables();
        double duplicatesBefore = projectedRecords("duplicate");

        List<RecordMetadata> redelivered = events.send(List.of(
                plan.get(plan.size() - 1),  // the latest record again
                plan.get(8),                // an older one: a replay
                plan.get(0),                // the plan's first event, which inserts its row
                legislature.get(0)));
        awaitConsumed(redelivered);

        assertThat(dumpProjectionTables()).isEqualTo(onceDelivered);
        assertThat(projectedRecords("duplicate")).isGreaterThanOrEqualTo(duplicatesBefore + redelivered.size());
    }

    @Test
    void redeliveredIndicatorProgressAndBudgetRecordsChangeNoTableAndAddNoChangeToTheFeed() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        GhentMonitoring monitoring = new GhentMonitoring(ghent);
        events.publish(ghent.planEvents());
        List<ProducerRecord<String, String>> plan = events.publish(monitoring.planEvents());
        List<ProducerRecord<String, String>> indicator = events.publish(monitoring.indicatorEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION + plan.size());
        awaitJson("/api/indicators/" + monitoring.greenPerResident,
                body -> body.path("name").asText().equals("Publiek groen binnen 400 m per inwoner"));
        List<String> onceDelivered = dumpProjectionTables();
        double duplicatesBefore = projectedRecords("duplicate");

        List<RecordMetadata> redelivered = events.send(List.of(
                indicator.get(0),   // IndicatorDefined: would insert the indicator, its targets and links again
                indicator.get(2),   // ScoreRecorded 2027-Q1, since corrected: must not bring the old value back
                indicator.get(3),   // ScoreCorrected: would add a revision to the history again
                plan.get(0),        // ProgressReported: would add a report to the history again
                plan.get(1),        // BudgetEstimated, since revised: must not bring the old estimate back
                plan.get(3)));      // BudgetActualsRecorded
        awaitConsumed(redelivered);

        assertThat(dumpProjectionTables()).isEqualTo(onceDelivered);
        assertThat(projectedRecords("duplicate")).isGreaterThanOrEqualTo(duplicatesBefore + redelivered.size());
    }

    @Test
    void anEventThatCannotBeAppliedIsParkedAndTheEventsOfItsAggregateWaitBehindItUntilItIsSkipped() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        double parkedBefore = projectedRecords("parked");
        // a goal of a plan the projection does not have: the foreign key refuses it however often it is tried
        ProducerRecord<String, String> orphan = events.publish(new GoalDefined(KOERSBEKE, ghent.planId, ElementId.generate(),
                null, Level.MAIN_STRATEGIC_GOAL, "Wees", null, null, false, Tags.NONE));
        events.publish(ghent.planEvents().get(0));

        JsonNode sequence = awaitParked(ghent.planId.value(), 2);
        assertThat(sequence.path("events").get(0).path("eventType").asText()).isEqualTo("GoalDefined");
        assertThat(sequence.path("events").get(0).path("error").asText()).contains("foreign key");
        assertThat(sequence.path("events").get(0).path("attempts").asInt()).isEqualTo(5);
        assertThat(sequence.path("events").get(1).path("eventType").asText()).isEqualTo("PlanDrafted");
        assertThat(sequence.path("events").get(1).has("error")).as("it only waits").isFalse();
        assertThat(auditor().get("/api/plans/" + ghent.planId).status()).as("the plan waits behind the orphan").isEqualTo(404);

        skip(ghent.planId.value(), eventIdOf(orphan), "A goal of a plan that was never drafted before it");

        JsonNode plan = awaitPlanVersion(ghent.planId.value(), 1);
        assertThat(plan.path("elements")).isEmpty();
        assertThat(projectedRecords("parked")).isGreaterThanOrEqualTo(parkedBefore + 2);
        assertThat(parkedSequence(ghent.planId.value())).isNull();
    }

    @Test
    void aPollWithAnEventThatCannotBeAppliedAppliesTheEventsBeforeItOnceAndParksItWithTheEventsBehindIt() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        List<PlanEvent> plan = ghent.planEvents();
        events.publish(plan.get(0));
        awaitPlanVersion(ghent.planId.value(), 0);
        double parkedBefore = projectedRecords("parked");
        double duplicatesBefore = projectedRecords("duplicate");
        long rolledBackBefore = rolledBackPolls();
        List<PlanEvent> poll = new ArrayList<>(plan.subList(1, 10));
        // the pillar again, after its first definition: its row exists, so the insert fails however often it is tried
        poll.add(new GoalDefined(KOERSBEKE, ghent.planId, ghent.pillar, null, Level.MAIN_STRATEGIC_GOAL, "Nog eens",
                null, null, false, Tags.NONE));
        poll.addAll(plan.subList(10, plan.size()));

        // paused while they are published, so that they reach the listener in one poll: the same key, one partition
        MessageListenerContainer listener = listeners.getListenerContainer("koers-projection");
        List<ProducerRecord<String, String>> published;
        listener.pause();
        try {
            await().atMost(PROJECTION_TIMEOUT).until(listener::isContainerPaused);
            published = events.publish(poll);
        } finally {
            listener.resume();
        }

        long last = events.lastSequence(ghent.planId.value());
        JsonNode sequence = awaitParked(ghent.planId.value(), plan.size() - 10 + 1);
        assertThat(rolledBackPolls()).isGreaterThan(rolledBackBefore);
        assertThat(read("/api/plans/" + ghent.planId + "?includeRetired=true").path("version").asLong())
                .as("applied up to the event before the one parked").isEqualTo(9);
        List<Long> parkedInOrder = new ArrayList<>();
        sequence.path("events").forEach(event -> parkedInOrder.add(event.path("sequenceNumber").asLong()));
        assertThat(parkedInOrder).as("the parked event first, then those behind it in their order")
                .containsExactly(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);

        skip(ghent.planId.value(), eventIdOf(published.get(9)), "The pillar defined twice by a faulty import");

        JsonNode tree = awaitPlanVersion(ghent.planId.value(), last);
        assertThat(tree.path("elements").get(0).path("title").asText()).isEqualTo("Ecologische en ruimtelijke pijler");
        assertThat(projectedRecords("parked")).isEqualTo(parkedBefore + plan.size() - 10 + 1);
        assertThat(projectedRecords("duplicate")).isEqualTo(duplicatesBefore);
        assertThat(jdbc.sql("SELECT applied_count || ' ' || last_sequence FROM applied_event WHERE aggregate_id = :planId")
                .param("planId", ghent.planId.value()).query(String.class).single())
                .as("every event but the skipped one applied once, up to the last").isEqualTo(plan.size() + " " + last);
        List<Long> feedOrder = jdbc.sql("SELECT (data ->> 'sequenceNumber')::bigint FROM change_feed WHERE plan_id = :planId ORDER BY seq")
                .param("planId", ghent.planId.value()).query(Long.class).list();
        assertThat(feedOrder).as("the plan's changes in the feed, by sequence number")
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);
    }

    @Test
    void unknownTypesAndUnreadableRecordsAreParkedNotSkippedAndTheEventBehindThemWaitsForTheOperator() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        events.publish(ghent.planEvents().get(0));
        awaitPlanVersion(ghent.planId.value(), 0);
        EventEnvelope fromTheFuture = new EventEnvelope("e-1-" + ghent.planId, "RealisationRecorded", "1", KOERSBEKE.value(), "Plan",
                ghent.planId.value(), 1, Instant.now(), "planner", "c-1", null, json.createObjectNode().put("amount", 5));
        EventEnvelope newerRevision = new EventEnvelope("e-2-" + ghent.planId, "MissionSet", "2", KOERSBEKE.value(), "Plan",
                ghent.planId.value(), 1, Instant.now(), "planner", "c-2", null,
                json.valueToTree(new MissionSet(KOERSBEKE, ghent.planId, "Revision 2 shape")));
        EventEnvelope unreadablePayload = new EventEnvelope("e-3-" + ghent.planId, "GoalDefined", "1", KOERSBEKE.value(), "Plan",
                ghent.planId.value(), 1, Instant.now(), "planner", "c-3", null,
                json.createObjectNode().put("level", "NO_SUCH_LEVEL"));
        EventEnvelope anotherTenantsEnvelope = new EventEnvelope("e-4-" + ghent.planId, "MissionSet", "1", "zandhoven", "Plan",
                ghent.planId.value(), 1, Instant.now(), "planner", "c-4", null,
                json.valueToTree(new MissionSet(KOERSBEKE, ghent.planId, "Not Zandhoven's to set")));
        // same key, so the same partition: the valid event after them waits behind them
        events.send(List.of(
                events.record(fromTheFuture),
                events.record(newerRevision),
                events.record(unreadablePayload),
                events.record(anotherTenantsEnvelope),
                new ProducerRecord<>(KoersTopics.PLAN_EVENTS, ghent.planId.value(), "this is not JSON")));
        events.publish(new GoalDefined(KOERSBEKE, ghent.planId, ElementId.generate(), null, Level.MAIN_STRATEGIC_GOAL,
                "Na de onleesbare records", null, null, false, Tags.NONE));

        JsonNode sequence = awaitParked(ghent.planId.value(), 6);
        List<String> errors = new ArrayList<>();
        sequence.path("events").forEach(event -> errors.add(event.path("error").asText("")));
        assertThat(errors.get(0)).contains("unknown type RealisationRecorded revision 1");
        assertThat(errors.subList(1, 6)).as("the others wait behind it, untried").containsOnly("");
        ApiClient.Response retried = operator().post("/admin/projections/parked/" + ghent.planId + "/retry", null);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(409);
        assertThat(retried.json().path("rule").asText()).isEqualTo("still-failing");

        // each skip tries the events behind: the next that cannot be applied stops them again, with its own error
        for (String error : List.of("unknown type RealisationRecorded revision 1", "unknown type MissionSet revision 2",
                "unreadable", "names tenant", "not an event envelope")) {
            JsonNode first = parkedSequence(ghent.planId.value()).path("events").get(0);
            assertThat(first.path("error").asText()).contains(error);
            skip(ghent.planId.value(), first.path("eventId").asText(), "Not an event of this version of Koers: " + error);
        }

        JsonNode plan = awaitPlanVersion(ghent.planId.value(), 1);
        assertThat(plan.path("elements").get(0).path("title").asText()).isEqualTo("Na de onleesbare records");
        assertThat(plan.has("mission")).isFalse();
        assertThat(parkedSequence(ghent.planId.value())).isNull();
    }

    /** Waits until the aggregate has this many parked events, and returns its parked sequence. */
    private JsonNode awaitParked(String aggregateId, int events) {
        return await().atMost(PROJECTION_TIMEOUT).until(() -> parkedSequence(aggregateId),
                sequence -> sequence != null && sequence.path("events").size() == events);
    }

    private JsonNode parkedSequence(String aggregateId) {
        ApiClient.Response parked = operator().get("/admin/projections/parked");
        assertThat(parked.status()).as(parked.toString()).isEqualTo(200);
        for (JsonNode sequence : parked.json()) {
            if (sequence.path("sequence").asText().equals(aggregateId)) {
                return sequence;
            }
        }
        return null;
    }

    private void skip(String aggregateId, String eventId, String reason) {
        ApiClient.Response skipped = operator().post("/admin/projections/parked/" + aggregateId + "/skip",
                Map.of("eventId", eventId, "reason", reason));
        assertThat(skipped.status()).as(skipped.toString()).isIn(200, 409);
    }

    private String eventIdOf(ProducerRecord<String, String> record) {
        return new String(record.headers().lastHeader("koers-event-id").value(), StandardCharsets.UTF_8);
    }

    private long rolledBackPolls() {
        return meters.get("koers.projection.batch").tag("outcome", "rolled-back").timer().count();
    }
}
