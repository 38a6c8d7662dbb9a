package be.koers.query.live;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.testing.SseStream;
import be.koers.query.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static be.koers.query.GhentMonitoring.period;
import static be.koers.query.GhentMonitoring.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Live changes over Server-Sent Events: pushed as they are applied, and resumed after a reconnect without gap or duplicate. */
class LiveStreamTest extends QueryServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LiveStreamTest.class);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    /** From publishing to Kafka to arriving at the client: consumer, projection, commit, dispatcher (every 100 ms). */
    private static final Duration LATENCY_BUDGET = Duration.ofSeconds(1);
    /** Well under the 15 s between heartbeats, which would otherwise be the first bytes a client sees. */
    private static final Duration OPEN_BUDGET = Duration.ofSeconds(5);

    private GhentPlan ghent;
    private IndicatorId parks;
    private IndicatorId trees;

    @BeforeEach
    void publishAPlanWithTwoIndicators() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        parks = IndicatorId.generate();
        trees = IndicatorId.generate();
        events.publish(ghent.planEvents());
        publishAndAwait(List.of(indicator(parks, "Parken"), indicator(trees, "Straatbomen")));
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void aSubscriberReceivesAScoreWithinASecondOfItsPublication() throws Exception {
        long opening = System.nanoTime();
        try (SseStream stream = open("/api/plans/" + ghent.planId + "/stream", null)) {
            // the response starts at once, not with the first change or heartbeat
            assertThat(Duration.ofNanos(System.nanoTime() - opening)).isLessThan(OPEN_BUDGET);
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");

            long pushedBefore = meters.get("koers.live.push.lag").timer().count();
            List<Duration> latencies = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                long published = System.nanoTime();
                events.publish(score(parks, "2026-0" + i, "42.50"));
                int expected = i;
                await().atMost(DELIVERY_TIMEOUT).until(() -> stream.events().size() == expected);
                latencies.add(Duration.ofNanos(stream.events().get(i - 1).receivedNanos() - published));
            }
            log.info("SSE latency from publication to the client, per score: {}", latencies);

            assertThat(latencies).allSatisfy(latency -> assertThat(latency).isLessThan(LATENCY_BUDGET));
            // timed once written, which may be a moment after the client read it
            await().atMost(DELIVERY_TIMEOUT).until(() -> meters.get("koers.live.push.lag").timer().count() >= pushedBefore + 5);
            assertThat(meters.get("koers.live.push.lag").timer().count()).isEqualTo(pushedBefore + 5);
            SseStream.Event first = stream.events().get(0);
            assertThat(first.name()).isEqualTo("ScoreRecorded");
            JsonNode data = exactJson(first.data());
            assertThat(data.path("type").asText()).isEqualTo("ScoreRecorded");
            assertThat(data.path("aggregateId").asText()).isEqualTo(parks.value());
            assertThat(data.path("sequenceNumber").asLong()).isEqualTo(1);
            assertThat(data.path("planId").asText()).isEqualTo(ghent.planId.value());
            assertThat(data.path("indicatorId").asText()).isEqualTo(parks.value());
            assertThat(data.has("elementId")).isFalse();
            assertThat(data.path("actor").asText()).isEqualTo("planner");
            assertThat(data.path("timestamp").asText()).isNotBlank();
            assertThat(data.path("payload").path("period").asText()).isEqualTo("2026-01");
            assertThat(data.path("payload").path("value").decimalValue()).isEqualTo(new BigDecimal("42.50"));
            assertThat(ids(stream.events())).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        }
    }

    @Test
    void aReconnectingClientReceivesExactlyWhatItMissedInOrderThenLiveChanges() throws Exception {
        long lastSeen;
        try (SseStream first = open("/api/plans/" + ghent.planId + "/stream", null)) {
            events.publish(score(parks, "2026-01", "1"));
            events.publish(progress(ProgressStatus.STARTED));
            await().atMost(DELIVERY_TIMEOUT).until(() -> first.events().size() == 2);
            lastSeen = first.events().get(1).seq();
        }

        publishAndAwait(List.of(score(trees, "2026-01", "2"), score(parks, "2026-02", "3")));
        events.publish(progress(ProgressStatus.ON_HOLD));
        awaitJson("/api/plans/" + ghent.planId + "/elements/" + ghent.bloemekespark + "/progress",
                progress -> progress.path("history").size() == 2);

        try (SseStream again = open("/api/plans/" + ghent.planId + "/stream", Long.toString(lastSeen))) {
            await().atMost(DELIVERY_TIMEOUT).until(() -> again.events().size() == 3);
            List<SseStream.Event> missed = again.events();
            assertThat(ids(missed)).containsExactly(lastSeen + 1, lastSeen + 2, lastSeen + 3);
            // the plan's own stream and each indicator's keep their order; how they interleave is consumption order
            assertThat(missed).extracting(SseStream.Event::name)
                    .containsExactlyInAnyOrder("ScoreRecorded", "ScoreRecorded", "ProgressReported");
            JsonNode progress = exactJson(missed.stream().filter(e -> e.name().equals("ProgressReported")).findFirst()
                    .orElseThrow().data());
            assertThat(progress.path("elementId").asText()).isEqualTo(ghent.bloemekespark.value());
            assertThat(progress.path("payload").path("status").asText()).isEqualTo("ON_HOLD");

            events.publish(score(parks, "2026-03", "4"));
            await().atMost(DELIVERY_TIMEOUT).until(() -> again.events().size() == 4);
            assertThat(again.events().get(3).seq()).isEqualTo(lastSeen + 4);
            assertThat(exactJson(again.events().get(3).data()).path("payload").path("period").asText()).isEqualTo("2026-03");
            // and nothing more: no change twice
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> again.events().size() == 4);
        }
    }

    @Test
    void anIndicatorsStreamCarriesOnlyThatIndicatorsChangesNumberedInThePlansFeed() throws Exception {
        try (SseStream parksOnly = open("/api/indicators/" + parks + "/stream", null);
             SseStream wholePlan = open("/api/plans/" + ghent.planId + "/stream", null)) {
            events.publish(score(trees, "2026-01", "7"));
            events.publish(progress(ProgressStatus.STARTED));
            events.publish(score(parks, "2026-01", "8"));
            await().atMost(DELIVERY_TIMEOUT).until(() -> wholePlan.events().size() == 3);
            await().atMost(DELIVERY_TIMEOUT).until(() -> parksOnly.events().size() == 1);

            SseStream.Event parksScore = parksOnly.events().get(0);
            assertThat(exactJson(parksScore.data()).path("indicatorId").asText()).isEqualTo(parks.value());
            assertThat(wholePlan.events()).extracting(SseStream.Event::id).contains(parksScore.id());
        }
    }

    @Test
    void unplannedWorkAndContinuitiesAreChangesOfThePlanAndOfTheIndicator() throws Exception {
        GhentRealisation realisation = new GhentRealisation(ghent);
        try (SseStream parksOnly = open("/api/indicators/" + parks + "/stream", null);
             SseStream wholePlan = open("/api/plans/" + ghent.planId + "/stream", null)) {
            events.publish(List.of(realisation.popUpParkRecorded(),
                    realisation.continues(ghent.greenSpace, realisation.previousGreenSpace),
                    realisation.withdrawn(ghent.greenSpace, realisation.previousGreenSpace, "Vergissing")));
            events.publish(realisation.indicatorContinues(parks));
            await().atMost(DELIVERY_TIMEOUT).until(() -> wholePlan.events().size() == 4);
            await().atMost(DELIVERY_TIMEOUT).until(() -> parksOnly.events().size() == 1);

            List<JsonNode> planChanges = wholePlan.events().stream().map(event -> exactJson(event.data()))
                    .filter(change -> change.path("aggregateId").asText().equals(ghent.planId.value())).toList();
            assertThat(planChanges).extracting(change -> change.path("type").asText())
                    .containsExactly("UnplannedWorkRecorded", "ContinuationDeclared", "ContinuationWithdrawn");
            assertThat(planChanges).extracting(change -> change.path("elementId").asText())
                    .containsExactly(realisation.popUpPark.value(), ghent.greenSpace.value(), ghent.greenSpace.value());
            assertThat(planChanges.get(0).path("payload").path("cause").asText()).isEqualTo("OPPORTUNITY");
            JsonNode indicatorChange = exactJson(parksOnly.events().get(0).data());
            assertThat(parksOnly.events().get(0).name()).isEqualTo("IndicatorContinuationDeclared");
            assertThat(indicatorChange.path("indicatorId").asText()).isEqualTo(parks.value());
            assertThat(indicatorChange.path("planId").asText()).isEqualTo(ghent.planId.value());
            assertThat(indicatorChange.has("elementId")).isFalse();
            assertThat(wholePlan.events()).extracting(SseStream.Event::id).contains(parksOnly.events().get(0).id());
        }
    }

    @Test
    void refusalsAreProblemsEvenToAnEventStreamRequest() {
        assertProblem(open("/api/plans/" + ghent.planId + "/stream", null, "zandhoven-planner", "zandhoven"),
                404, "planId", "unknown-plan");
        assertProblem(open("/api/indicators/" + parks + "/stream", null, "zandhoven-planner", "zandhoven"),
                404, "indicatorId", "unknown-indicator");
        assertProblem(open("/api/indicators/no-such-indicator/stream", null), 404, "indicatorId", "unknown-indicator");
        assertProblem(open("/api/plans/" + ghent.planId + "/stream", null, null, null),
                401, "Authorization", "authentication-required");
        assertProblem(open("/api/plans/" + ghent.planId + "/stream", "-1"), 422, "Last-Event-ID", "out-of-range");
        assertProblem(open("/api/plans/" + ghent.planId + "/stream", "yesterday"), 400, "Last-Event-ID", "malformed-value");
    }

    private SseStream open(String path, String lastEventId) {
        return open(path, lastEventId, "viewer", "viewer");
    }

    private SseStream open(String path, String lastEventId, String user, String password) {
        return SseStream.open(baseUrl() + path, user, password, lastEventId);
    }

    private static void assertProblem(SseStream refused, int status, String field, String rule) {
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = exactJson(refused.body());
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("rule").asText()).isEqualTo(rule);
    }

    private IndicatorDefined indicator(IndicatorId id, String name) {
        return new IndicatorDefined(ghent.tenant, id, ghent.planId, name, "aantal", IndicatorKind.NUMBER,
                Direction.HIGHER_IS_BETTER, null, List.of(target("2026", "100")), Frequency.MONTHLY, null, "Groendienst",
                List.of(ghent.greenSpace), 2025, 2030);
    }

    private ScoreRecorded score(IndicatorId indicator, String month, String value) {
        return new ScoreRecorded(ghent.tenant, indicator, ghent.planId, period(month), new BigDecimal(value), null, null);
    }

    private ProgressReported progress(ProgressStatus status) {
        return new ProgressReported(ghent.tenant, ghent.planId, ghent.bloemekespark, status, null, 10, null, null, null);
    }

    private static List<Long> ids(List<SseStream.Event> received) {
        return received.stream().map(SseStream.Event::seq).toList();
    }
}
