package be.koers.query.indicator;

import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static be.koers.query.GhentMonitoring.target;
import static org.assertj.core.api.Assertions.assertThat;

/** An indicator's stream projected and read back: definition, targets, the series with a correction, retiring. */
class IndicatorProjectionTest extends QueryServiceIntegrationTest {

    private GhentPlan ghent;
    private GhentMonitoring monitoring;
    private String indicatorPath;

    @BeforeEach
    void publishAnIndicatorWithScores() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        monitoring = new GhentMonitoring(ghent);
        events.publish(ghent.planEvents());
        publishAndAwait(monitoring.indicatorEvents());
        indicatorPath = "/api/indicators/" + monitoring.greenPerResident;
    }

    @Test
    void showsTheDefinitionWithItsRevisionTargetsBaselineAndLinks() {
        JsonNode indicator = exactJson(viewer().get(indicatorPath));

        assertThat(indicator.path("indicatorId").asText()).isEqualTo(monitoring.greenPerResident.value());
        assertThat(indicator.path("planId").asText()).isEqualTo(ghent.planId.value());
        assertThat(indicator.path("name").asText()).isEqualTo("Publiek groen binnen 400 m per inwoner");
        assertThat(indicator.path("unit").asText()).isEqualTo("m²");
        assertThat(indicator.path("kind").asText()).isEqualTo("NUMBER");
        assertThat(indicator.path("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(indicator.path("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(indicator.path("dataSource").asText()).isEqualTo("Groendienst GIS");
        assertThat(indicator.path("ownerDepartment").asText()).isEqualTo("Groendienst");
        assertThat(indicator.path("firstYear").asInt()).isEqualTo(2025);
        assertThat(indicator.path("lastYear").asInt()).isEqualTo(2030);
        assertThat(indicator.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(indicator.has("retiredReason")).isFalse();
        assertThat(indicator.path("lastChangeReason").asText()).isEqualTo("Definitie van het bestuursakkoord");
        assertThat(indicator.path("lastChangedBy").asText()).isEqualTo("planner");
        assertThat(indicator.path("baseline").path("value").decimalValue()).isEqualTo(new BigDecimal("12.40"));
        assertThat(indicator.path("baseline").path("date").asText()).isEqualTo("2025-01-01");
        // in period order: a quarter before the year it ends in
        assertThat(texts(indicator.path("targets"), "period")).containsExactly("2026", "2027-Q2", "2027");
        assertThat(indicator.path("targets").get(1).path("value").decimalValue()).isEqualTo(new BigDecimal("13.75"));
        assertThat(texts(indicator.path("linkedElements"), null))
                .containsExactly(ghent.greenSpace.value(), ghent.bloemekespark.value());
    }

    @Test
    void theSeriesShowsTheCorrectedValueAndTheHistoryKeepsEveryRevision() {
        JsonNode indicator = exactJson(viewer().get(indicatorPath));

        JsonNode series = indicator.path("series");
        assertThat(texts(series, "period")).containsExactly("2026-Q4", "2027-Q1", "2027-Q2");
        JsonNode corrected = series.get(1);
        assertThat(corrected.path("value").decimalValue()).isEqualTo(new BigDecimal("13.35"));
        assertThat(corrected.path("revision").asInt()).isEqualTo(2);
        assertThat(corrected.path("comment").asText()).isEqualTo("Met Bloemekespark");
        assertThat(corrected.path("evidenceLink").asText()).isEqualTo("https://gis.gent.be/groen/2027-q1");
        assertThat(corrected.path("recordedBy").asText()).isEqualTo("planner");
        assertThat(corrected.path("recordedAt").asText()).isNotBlank();
        assertThat(series.get(0).path("revision").asInt()).isEqualTo(1);

        JsonNode history = indicator.path("history");
        assertThat(texts(history, "period")).containsExactly("2026-Q4", "2027-Q1", "2027-Q1", "2027-Q2");
        assertThat(history.get(1).path("revision").asInt()).isEqualTo(1);
        assertThat(history.get(1).path("value").decimalValue()).isEqualTo(new BigDecimal("13.20"));
        assertThat(history.get(1).has("reason")).isFalse();
        assertThat(history.get(2).path("revision").asInt()).isEqualTo(2);
        assertThat(history.get(2).path("value").decimalValue()).isEqualTo(new BigDecimal("13.35"));
        assertThat(history.get(2).path("previousValue").decimalValue()).isEqualTo(new BigDecimal("13.20"));
        assertThat(history.get(2).path("reason").asText()).isEqualTo("Het Bloemekespark ontbrak in de telling");
        assertThat(history.get(2).path("by").asText()).isEqualTo("planner");
    }

    @Test
    void judgesEachPeriodAgainstTheTargetThatAppliesToIt() {
        JsonNode series = exactJson(viewer().get(indicatorPath)).path("series");

        // 2026-Q4 has no target of its own: the year's 13.00 applies, and is reached
        assertThat(series.get(0).path("target").path("period").asText()).isEqualTo("2026");
        assertThat(series.get(0).path("status").asText()).isEqualTo("ON_TRACK");
        // 2027-Q1 has no target of its own: the year's 14.50 applies; tolerance 10% of (14.50 − 12.40) = 0.21
        assertThat(series.get(1).path("target").path("period").asText()).isEqualTo("2027");
        assertThat(series.get(1).path("status").asText()).isEqualTo("OFF_TRACK");
        // 2027-Q2: 13.65 against 13.75, within 10% of (13.75 − 12.40) = 0.135
        assertThat(series.get(2).path("target").path("period").asText()).isEqualTo("2027-Q2");
        assertThat(series.get(2).path("status").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void aRetargetReplacesEveryTargetAndEveryPeriodIsJudgedAgain() {
        publishAndAwait(List.of(new IndicatorRetargeted(ghent.tenant, monitoring.greenPerResident, ghent.planId,
                new Baseline(new BigDecimal("12.00"), LocalDate.of(2025, 6, 30)), List.of(target("2027", "13.50")),
                "Realistischer na de begrotingswijziging")));

        JsonNode indicator = exactJson(viewer().get(indicatorPath));

        assertThat(texts(indicator.path("targets"), "period")).containsExactly("2027");
        assertThat(indicator.path("baseline").path("value").decimalValue()).isEqualTo(new BigDecimal("12.00"));
        assertThat(indicator.path("lastChangeReason").asText()).isEqualTo("Realistischer na de begrotingswijziging");
        // 2026-Q4 has no target any more; 2027-Q1's 13.35 is exactly 13.50 − 10% of (13.50 − 12.00)
        assertThat(texts(indicator.path("series"), "status")).containsExactly("NO_DATA", "AT_RISK", "ON_TRACK");
        assertThat(indicator.path("series").get(0).has("target")).isFalse();
        assertThat(indicator.path("latestStatus").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void aRetiredIndicatorKeepsItsScoresAndIsListedAsRetired() {
        publishAndAwait(List.of(new IndicatorRetired(ghent.tenant, monitoring.greenPerResident, ghent.planId,
                "Vervangen door de groennorm")));

        JsonNode indicator = exactJson(viewer().get(indicatorPath));
        assertThat(indicator.path("status").asText()).isEqualTo("RETIRED");
        assertThat(indicator.path("retiredReason").asText()).isEqualTo("Vervangen door de groennorm");
        assertThat(indicator.path("series")).hasSize(3);

        JsonNode listed = viewer().get("/api/plans/" + ghent.planId + "/indicators").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("status").asText()).isEqualTo("RETIRED");
    }

    @Test
    void listsThePlansIndicatorsWithTheStatusOfTheirLatestScoredPeriod() {
        JsonNode listed = exactJson(viewer().get("/api/plans/" + ghent.planId + "/indicators"));

        assertThat(listed).hasSize(1);
        JsonNode summary = listed.get(0);
        assertThat(summary.path("indicatorId").asText()).isEqualTo(monitoring.greenPerResident.value());
        assertThat(summary.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(summary.path("latestPeriod").asText()).isEqualTo("2027-Q2");
        assertThat(summary.path("latestValue").decimalValue()).isEqualTo(new BigDecimal("13.65"));
        assertThat(summary.path("latestStatus").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void showsWhichIndicatorOfAnEarlierPlanItContinuesADeclarationReplacingTheOneBefore() {
        JsonNode before = exactJson(viewer().get(indicatorPath));
        assertThat(before.has("continues")).isTrue();
        assertThat(before.path("continues").isNull()).isTrue();

        GhentRealisation realisation = new GhentRealisation(ghent);
        IndicatorId replaced = IndicatorId.generate();
        publishAndAwait(List.of(new IndicatorContinuationDeclared(ghent.tenant, monitoring.greenPerResident, ghent.planId,
                        replaced, realisation.previousPlan), realisation.indicatorContinues(monitoring.greenPerResident)));

        JsonNode indicator = exactJson(viewer().get(indicatorPath));
        assertThat(indicator.path("continues").path("indicatorId").asText()).isEqualTo(realisation.previousIndicator.value());
        assertThat(indicator.path("continues").path("planId").asText()).isEqualTo(realisation.previousPlan.value());
        assertThat(indicator.path("lastChangedBy").asText()).isEqualTo("planner");
        assertThat(indicator.path("series")).isEqualTo(before.path("series"));
        JsonNode listed = exactJson(viewer().get("/api/plans/" + ghent.planId + "/indicators")).get(0);
        assertThat(listed.path("continues")).isEqualTo(indicator.path("continues"));
    }

    /** The field of every element of the array, or the elements themselves as text when field is null. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }
}
