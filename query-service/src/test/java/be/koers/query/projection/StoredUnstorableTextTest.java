package be.koers.query.projection;

import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events stored before the command-service refused NUL: PostgreSQL cannot store it, so the projection replaces it
 * (and lone surrogates) by U+FFFD, counts and logs it, and the change is visible like any other.
 */
class StoredUnstorableTextTest extends QueryServiceIntegrationTest {

    private static final TenantId KOERSBEKE = TenantId.of("koersbeke");

    @Test
    void aGoalWithNulInItsTitleIsInThePlanTreeAndTheAuditTrailWithTheReplacementCharacter() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        events.publish(ghent.legislatureEvents());
        publishAndAwaitPlan(ghent.planEvents());
        double replacedBefore = replacedTexts("GoalDefined");
        ElementId goal = ElementId.generate();

        // built from a valid event and changed in its JSON, as the command-service stored it before the input rules
        events.by("plan\u0000ner", "Raadsbesluit\u0000 4");
        EventEnvelope stored = withText(new GoalDefined(KOERSBEKE, ghent.planId, goal, null, Level.MAIN_STRATEGIC_GOAL,
                "placeholder", null, null, false, Tags.NONE), "title", "Sociale\u0000pijler");
        events.send(List.of(events.record(stored)));

        JsonNode tree = awaitPlanVersion(ghent.planId.value(), stored.sequenceNumber());
        JsonNode defined = StreamSupport.stream(tree.path("elements").spliterator(), false)
                .filter(element -> element.path("elementId").asText().equals(goal.value()))
                .findFirst().orElseThrow();
        assertThat(defined.path("title").asText()).isEqualTo("Sociale\uFFFDpijler");

        JsonNode line = read("/api/plans/" + ghent.planId + "/audit?elementId=" + goal).path("lines").get(0);
        assertThat(line.path("type").asText()).isEqualTo("GoalDefined");
        assertThat(line.path("summary").asText()).isEqualTo("Goal 'Sociale\uFFFDpijler' defined at the top of the plan");
        assertThat(line.path("actor").asText()).isEqualTo("plan\uFFFDner");
        assertThat(line.path("reason").asText()).isEqualTo("Raadsbesluit\uFFFD 4");
        // counted once the transaction committed, which may be a moment after the reader saw it
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() ->
                assertThat(replacedTexts("GoalDefined")).isEqualTo(replacedBefore + 1));
    }

    @Test
    void aScoreWithNulInItsCommentIsInTheIndicatorsSeries() {
        GhentPlan ghent = new GhentPlan(KOERSBEKE);
        GhentMonitoring monitoring = new GhentMonitoring(ghent);
        events.publish(ghent.legislatureEvents());
        publishAndAwaitPlan(ghent.planEvents());
        events.publish(monitoring.indicatorEvents().get(0));
        double replacedBefore = replacedTexts("ScoreRecorded");

        EventEnvelope stored = withText(new ScoreRecorded(KOERSBEKE, monitoring.greenPerResident, ghent.planId,
                GhentMonitoring.period("2026-Q4"), new BigDecimal("13.10"), "placeholder", null), "comment", "Winter\u0000telling");
        events.send(List.of(events.record(stored)));

        JsonNode series = awaitJson("/api/indicators/" + monitoring.greenPerResident,
                indicator -> indicator.path("series").size() == 1).path("series");
        assertThat(series.get(0).path("period").asText()).isEqualTo("2026-Q4");
        assertThat(series.get(0).path("comment").asText()).isEqualTo("Winter\uFFFDtelling");
        // counted once the transaction committed, which may be a moment after the reader saw it
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() ->
                assertThat(replacedTexts("ScoreRecorded")).isEqualTo(replacedBefore + 1));
    }

    /** The event's next envelope with one text of its payload set as is, whatever the event's constructor allows. */
    private EventEnvelope withText(TenantScoped event, String field, String text) {
        EventEnvelope envelope = events.envelope(event);
        ((ObjectNode) envelope.payload()).put(field, text);
        return envelope;
    }

    private double replacedTexts(String type) {
        Counter counter = meters.find("koers.projection.sanitised").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }
}
