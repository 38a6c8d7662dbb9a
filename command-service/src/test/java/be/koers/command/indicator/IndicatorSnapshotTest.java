package be.koers.command.indicator;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.command.common.Mandate;
import be.koers.command.common.Refusal;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreRow;
import be.koers.testing.ApiClient;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An indicator gathering a year of monthly scores is snapshotted (it would never reach the plan's threshold), and
 * the snapshot still knows every score it was taken after.
 */
class IndicatorSnapshotTest extends CommandServiceIntegrationTest {

    /** Its legislatures' names and years are its own, as every test works in an administration of its own. */
    private final String administration = newAdministration("snapshot");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void aYearOfMonthlyScoresIsSnapshottedAndTheSnapshotKnowsThem() {
        ApiClient planner = as("planner", administration);
        ApiClient staff = scorerOf(administration, "Green service");
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String planId = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        String goal = planner.post("/api/plans/" + planId + "/goals", Map.of("level", "POLICY_GOAL", "title", "Green")).json().get("id").asText();
        String indicator = planner.post("/api/plans/" + planId + "/indicators", Map.of("name", "Trees planted", "unit", "trees",
                "kind", "NUMBER", "direction", "HIGHER_IS_BETTER", "frequency", "MONTHLY", "ownerDepartment", "Green service",
                "targets", List.of(Map.of("period", "2031", "value", 5000)), "linkedElements", List.of(goal))).json().get("id").asText();
        for (int month = 1; month <= 14; month++) {
            ApiClient.Response recorded = staff.post("/api/indicators/" + indicator + "/scores",
                    Map.of("period", monthOf(month), "value", month * 10));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, indicator) > 0);
        DomainEventMessage<?> first = eventStore.readEvents(indicator).peek();
        assertThat(first.getPayload()).isInstanceOf(Indicator.class);
        Indicator restored = (Indicator) first.getPayload();

        // Event k of the indicator is the score of month k: the snapshot knows the months up to its sequence number, no more.
        long upTo = first.getSequenceNumber();
        assertThat(upTo).isBetween(11L, 14L);
        for (int month = 1; month <= 14; month++) {
            Refusal refusal = restored.refusalOf(new ScoreRow(IndicatorId.of(indicator),
                    MeasurementPeriod.parse(monthOf(month)), BigDecimal.ONE, null, null), "", Mandate.ANY_DEPARTMENT);
            if (month <= upTo) {
                assertThat(refusal).as("month %d", month).isNotNull();
                assertThat(refusal.rule()).isEqualTo("score-already-recorded");
            } else {
                assertThat(refusal).as("month %d", month).isNull();
            }
        }
    }

    /** Month 1 is January 2027; month 13 January 2028. */
    private static String monthOf(int month) {
        return YearMonth.of(2027, 1).plusMonths(month - 1).toString();
    }
}
