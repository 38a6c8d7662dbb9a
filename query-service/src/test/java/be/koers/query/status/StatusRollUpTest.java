package be.koers.query.status;

import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.koers.query.GhentMonitoring.period;
import static be.koers.query.GhentMonitoring.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status roll-up of a plan on {@link #TODAY} (2027-06-15), covering every branch of the rules in
 * STATUS-RULES.md. The expected status of every indicator, item and element is worked out by hand below, from the
 * rules, next to the inputs that lead to it.
 */
class StatusRollUpTest extends QueryServiceIntegrationTest {

    private static final TenantId TENANT = TenantId.of("koersbeke");

    private final PlanId planId = PlanId.generate();
    private final List<PlanEvent> planEvents = new ArrayList<>();
    private final List<IndicatorEvent> indicatorEvents = new ArrayList<>();
    /** What the rules say, per element: status, then the counts on track, at risk and off track. */
    private final Map<ElementId, Expected> expected = new LinkedHashMap<>();
    /** What the rules say per active indicator. */
    private final Map<IndicatorId, String> expectedIndicators = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private IndicatorId retiredIndicator;

    // the tree (GHENT levels); * marks what is retired and must be left out
    private final ElementId a = ElementId.generate();      // main strategic goal A
    private final ElementId a1 = ElementId.generate();     //   strategic goal A1
    private final ElementId a1a = ElementId.generate();    //     operational goal A1a
    private final ElementId act1 = ElementId.generate();   //       activity ACT1
    private final ElementId x1 = ElementId.generate();     //         actions X1 … X4
    private final ElementId x2 = ElementId.generate();
    private final ElementId x3 = ElementId.generate();
    private final ElementId x4 = ElementId.generate();
    private final ElementId act2 = ElementId.generate();   //       activity ACT2
    private final ElementId y1 = ElementId.generate();     //         actions Y1 … Y5, *Y6
    private final ElementId y2 = ElementId.generate();
    private final ElementId y3 = ElementId.generate();
    private final ElementId y4 = ElementId.generate();
    private final ElementId y5 = ElementId.generate();
    private final ElementId y6 = ElementId.generate();
    private final ElementId a1b = ElementId.generate();    //     operational goal A1b
    private final ElementId a2 = ElementId.generate();     //   strategic goal A2
    private final ElementId a2a = ElementId.generate();    //     operational goal A2a
    private final ElementId a3 = ElementId.generate();     //   *strategic goal A3
    private final ElementId b = ElementId.generate();      // main strategic goal B
    private final ElementId b1 = ElementId.generate();     //   strategic goal B1
    private final ElementId b2 = ElementId.generate();     //   strategic goal B2
    private final ElementId c = ElementId.generate();      // main strategic goal C
    private final ElementId c1 = ElementId.generate();     //   strategic goal C1
    private final ElementId e = ElementId.generate();      // *main strategic goal E

    @BeforeEach
    void publishThePlanItsProgressAndItsIndicators() {
        planEvents.add(new PlanDrafted(TENANT, planId, LegislatureId.generate(), "Statusplan", PlanTemplate.GHENT, 2025, 2030));
        goal(a, null, Level.MAIN_STRATEGIC_GOAL);
        goal(a1, a, Level.STRATEGIC_GOAL);
        goal(a1a, a1, Level.OPERATIONAL_GOAL);
        item(act1, a1a, Level.ACTIVITY, null);
        item(x1, act1, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)));
        item(x2, act1, Level.ACTION, new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        item(x3, act1, Level.ACTION, new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)));
        item(x4, act1, Level.ACTION, new Period(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 30)));
        item(act2, a1a, Level.ACTIVITY, null);
        item(y1, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
        item(y2, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
        item(y3, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        item(y4, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        item(y5, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        item(y6, act2, Level.ACTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        goal(a1b, a1, Level.OPERATIONAL_GOAL);
        goal(a2, a, Level.STRATEGIC_GOAL);
        goal(a2a, a2, Level.OPERATIONAL_GOAL);
        goal(a3, a, Level.STRATEGIC_GOAL);
        goal(b, null, Level.MAIN_STRATEGIC_GOAL);
        goal(b1, b, Level.STRATEGIC_GOAL);
        goal(b2, b, Level.STRATEGIC_GOAL);
        goal(c, null, Level.MAIN_STRATEGIC_GOAL);
        goal(c1, c, Level.STRATEGIC_GOAL);
        goal(e, null, Level.MAIN_STRATEGIC_GOAL);

        // progress, judged on 2027-06-15
        progress(x1, ProgressStatus.STARTED);      // period ended 2027-03-31, before today → OFF_TRACK
        progress(x2, ProgressStatus.STARTED);      // period ends 2027-12-31 → ON_TRACK
        progress(x3, ProgressStatus.NOT_STARTED);  // period started 2027-01-01, before today → AT_RISK
        progress(x4, ProgressStatus.NOT_STARTED);  // period starts 2027-09-01 → ON_TRACK
        progress(act1, ProgressStatus.DONE);       // → ON_TRACK
        progress(y1, ProgressStatus.ON_HOLD);      // → AT_RISK
        progress(y2, ProgressStatus.POSTPONED);    // → AT_RISK
        progress(y3, ProgressStatus.CANCELLED);    // → NO_DATA
        progress(y5, ProgressStatus.DONE);         // → ON_TRACK; Y4 and ACT2 report nothing → NO_DATA
        progress(y6, ProgressStatus.STARTED);      // would be OFF_TRACK, but Y6 is retired below
        planEvents.add(new ElementRetired(TENANT, planId, y6, "Samengevoegd met Y5"));
        planEvents.add(new ElementRetired(TENANT, planId, a3, "Geschrapt"));
        planEvents.add(new ElementRetired(TENANT, planId, e, "Geschrapt"));

        // indicators; tolerance = 10% of |target − baseline|, or of |target| without a baseline
        indicator("ja/nee gehaald", IndicatorKind.YES_NO, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2027", "1")), "2027", "1", "ON_TRACK", y4, a1b);
        indicator("ja/nee niet gehaald", IndicatorKind.YES_NO, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2027", "1")), "2027", "0", "OFF_TRACK", a1);
        indicator("hoger, gehaald", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, baseline("50"),
                List.of(target("2027", "100")), "2027", "100", "ON_TRACK", a1a, a1b);   // ≥ 100
        indicator("hoger, bijna", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, baseline("50"),
                List.of(target("2027", "100")), "2027", "96", "AT_RISK", a1a);          // ≥ 100 − 5
        indicator("hoger, gemist", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, baseline("50"),
                List.of(target("2027", "100")), "2027", "94.99", "OFF_TRACK", a2);      // < 95
        indicator("hoger, zonder basis", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2027", "200")), "2027", "180", "AT_RISK", a1b);         // exactly 200 − 20
        indicator("hoger, basis = doel", IndicatorKind.PERCENTAGE, Direction.HIGHER_IS_BETTER,
                baseline("100"), List.of(target("2027", "100")), "2027", "89.99", "OFF_TRACK", b1);  // tolerance 10% of 100
        indicator("lager, gehaald", IndicatorKind.NUMBER, Direction.LOWER_IS_BETTER, baseline("30"),
                List.of(target("2027", "20")), "2027", "20", "ON_TRACK", a1b, c);       // ≤ 20
        indicator("lager, bijna", IndicatorKind.NUMBER, Direction.LOWER_IS_BETTER, baseline("30"),
                List.of(target("2027", "20")), "2027", "21", "AT_RISK", a2);            // exactly 20 + 1
        indicator("lager, gemist", IndicatorKind.MONEY, Direction.LOWER_IS_BETTER, baseline("30"),
                List.of(target("2027", "20")), "2027", "21.01", "OFF_TRACK", b1);       // > 21
        indicator("band, binnen", IndicatorKind.NUMBER, Direction.TARGET_BAND, null,
                List.of(band("2027", "18", "22")), "2027", "20", "ON_TRACK", a2);
        indicator("band, net buiten", IndicatorKind.NUMBER, Direction.TARGET_BAND, null,
                List.of(band("2027", "18", "22")), "2027", "22.4", "AT_RISK", b2);      // exactly 22 + 10% of 4
        indicator("band, ver buiten", IndicatorKind.NUMBER, Direction.TARGET_BAND, null,
                List.of(band("2027", "18", "22")), "2027", "17.5", "OFF_TRACK", b1);    // < 18 − 0.4
        // a monthly score: its own month has no target, its quarter's (10) applies before its year's (100)
        indicator("maandelijks, kwartaaldoel", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER,
                null, List.of(target("2027-Q2", "10"), target("2027", "100")), "2027-05", "10", "ON_TRACK", a2);
        // no month or quarter target: the year's 100 applies; baseline 0 → tolerance 10
        indicator("maandelijks, jaardoel", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER,
                baseline("0"), List.of(target("2027", "100")), "2027-04", "95", "AT_RISK", b2);
        indicator("geen doel voor 2027", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2026", "10")), "2027", "10", "NO_DATA", a2a);
        indicator("nog geen score", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2027", "10")), null, null, "NO_DATA", a2a, y3);
        // the latest period counts (2027, corrected from 50 to 100), not the missed 2026
        IndicatorId latestCorrected = indicator("laatste periode, verbeterd", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER,
                null, List.of(target("2026", "10"), target("2027", "100")), "2026", "0", "ON_TRACK", b2);
        score(latestCorrected, "2027", "50");
        indicatorEvents.add(new ScoreCorrected(TENANT, latestCorrected, planId, period("2027"), new BigDecimal("100"),
                new BigDecimal("50"), null, null, "Telfout", 2));
        // exact decimals: 0.9 − 10% of (0.9 − 0.1) is exactly 0.82; in doubles it is 0.8200000000000001 and 0.82 would miss
        indicator("exacte grens", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, baseline("0.1"),
                List.of(target("2027", "0.9")), "2027", "0.82", "AT_RISK", b2);
        retiredIndicator = indicator("afgeschaft", IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER, null,
                List.of(target("2027", "100")), "2027", "0", null, b2, c1);
        indicatorEvents.add(new IndicatorRetired(TENANT, retiredIndicator, planId, "Niet meer relevant"));

        // the roll-up, bottom up: parts = linked indicators + progress (items) + active children; NO_DATA ignored;
        // OFF_TRACK when > 25% off; else AT_RISK when any off or > 25% at risk; else ON_TRACK
        expect(x1, "OFF_TRACK", 0, 0, 1);
        expect(x2, "ON_TRACK", 1, 0, 0);
        expect(x3, "AT_RISK", 0, 1, 0);
        expect(x4, "ON_TRACK", 1, 0, 0);
        expect(act1, "AT_RISK", 3, 1, 1);       // progress ON + X1..X4: 1 of 5 off (20%) → any off
        expect(y1, "AT_RISK", 0, 1, 0);
        expect(y2, "AT_RISK", 0, 1, 0);
        expect(y3, "NO_DATA", 0, 0, 0);         // cancelled, and its indicator has no score
        expect(y4, "ON_TRACK", 1, 0, 0);        // no progress, but its indicator is on track
        expect(y5, "ON_TRACK", 1, 0, 0);
        expect(act2, "AT_RISK", 2, 2, 0);       // no progress; Y1..Y5 without Y3 and retired Y6: 2 of 4 at risk (50%)
        expect(a1a, "AT_RISK", 1, 3, 0);        // higherOn, higherAtRisk, ACT1, ACT2: 3 of 4 at risk
        expect(a1b, "ON_TRACK", 3, 1, 0);       // yesOn, higherOn, noBaseline (at risk), lowerOn: exactly 25% at risk
        expect(a1, "OFF_TRACK", 1, 1, 1);       // yesOff, A1a, A1b: 1 of 3 off (33%)
        expect(a2a, "NO_DATA", 0, 0, 0);        // noTarget and noScore have nothing to judge
        expect(a2, "AT_RISK", 2, 1, 1);         // higherOff, lowerAtRisk, bandOn, quarterTarget (A2a ignored): exactly 25% off
        expect(a, "OFF_TRACK", 0, 1, 1);        // A1, A2 (A3 retired): 1 of 2 off
        expect(b1, "OFF_TRACK", 0, 0, 3);       // baselineIsTarget, lowerOff, bandOff
        expect(b2, "AT_RISK", 1, 3, 0);         // bandAtRisk, yearTarget, latestCorrected, exactBoundary (retired left out)
        expect(b, "OFF_TRACK", 0, 1, 1);
        expect(c1, "NO_DATA", 0, 0, 0);         // its only indicator is retired
        expect(c, "ON_TRACK", 1, 0, 0);         // lowerOn (C1 ignored)

        events.publish(planEvents);
        publishAndAwait(indicatorEvents);
        awaitPlanVersion(planId.value(), planEvents.size() - 1);
    }

    @Test
    void everyElementHasTheStatusAndCountsTheRulesGive() {
        JsonNode status = viewer().get("/api/plans/" + planId + "/status").json();

        Map<String, JsonNode> elements = new HashMap<>();
        collect(status.path("elements"), elements);
        assertThat(elements.keySet()).as("active elements only").hasSize(expected.size());
        expected.forEach((elementId, want) -> {
            JsonNode element = elements.get(elementId.value());
            assertThat(element).as(elementId.value()).isNotNull();
            assertThat(element.path("status").asText()).as("status of " + element.path("title").asText()).isEqualTo(want.status);
            assertThat(List.of(element.path("counts").path("onTrack").asInt(), element.path("counts").path("atRisk").asInt(),
                    element.path("counts").path("offTrack").asInt()))
                    .as("counts of " + element.path("title").asText()).containsExactly(want.onTrack, want.atRisk, want.offTrack);
        });
        // the plan: A off, B off, C on (E retired): 2 of 3 off
        assertThat(status.path("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(status.path("counts").path("onTrack").asInt()).isEqualTo(1);
        assertThat(status.path("counts").path("offTrack").asInt()).isEqualTo(2);
        assertThat(status.path("today").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void showsEachElementsIndicatorsWithTheirStatusLeavingRetiredOnesOut() {
        JsonNode status = viewer().get("/api/plans/" + planId + "/status").json();
        Map<String, JsonNode> elements = new HashMap<>();
        collect(status.path("elements"), elements);

        List<String> seen = new ArrayList<>();
        elements.values().forEach(element -> element.path("indicators").forEach(indicator -> {
            String id = indicator.path("indicatorId").asText();
            seen.add(id);
            assertThat(indicator.path("name").asText()).isEqualTo(names.get(id));
            assertThat(indicator.path("status").asText()).as(names.get(id)).isEqualTo(expectedIndicators.get(IndicatorId.of(id)));
            assertThat(indicator.has("linkedElements")).isFalse();
        }));
        assertThat(seen).containsAll(expectedIndicators.keySet().stream().map(IndicatorId::value).toList())
                .doesNotContain(retiredIndicator.value());
    }

    @Test
    void showsTheProgressOfItemsOnly() {
        JsonNode status = viewer().get("/api/plans/" + planId + "/status").json();
        Map<String, JsonNode> elements = new HashMap<>();
        collect(status.path("elements"), elements);

        JsonNode late = elements.get(x1.value()).path("progress");
        assertThat(late.path("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(late.path("reported").path("status").asText()).isEqualTo("STARTED");
        assertThat(late.path("reported").path("percentComplete").asInt()).isEqualTo(50);
        JsonNode cancelled = elements.get(y3.value()).path("progress");
        assertThat(cancelled.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(cancelled.path("reported").path("cancellationReason").asText()).isEqualTo("Geannuleerd");
        JsonNode none = elements.get(y4.value()).path("progress");
        assertThat(none.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(none.has("reported")).isFalse();
        assertThat(elements.get(a1a.value()).has("progress")).isFalse();
    }

    @Test
    void anotherAdministrationGets404() {
        ApiClient.Response response = as("zandhoven-planner", "zandhoven").get("/api/plans/" + planId + "/status");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("rule").asText()).isEqualTo("unknown-plan");
    }

    private void goal(ElementId id, ElementId parent, Level level) {
        planEvents.add(new GoalDefined(TENANT, planId, id, parent, level, "Doel " + id.value().substring(0, 8), null, null,
                false, Tags.NONE));
    }

    private void item(ElementId id, ElementId parent, Level level, Period period) {
        planEvents.add(new ItemDefined(TENANT, planId, id, parent, level, "Item " + id.value().substring(0, 8), null,
                GhentPlan.GREEN_SERVICE, level == Level.ACTION ? ActionType.OPERATIONAL : null, null, period, Tags.NONE));
    }

    private void progress(ElementId item, ProgressStatus status) {
        planEvents.add(new ProgressReported(TENANT, planId, item, status, ProgressStatus.NOT_STARTED, 50, "Stand van zaken",
                status == ProgressStatus.CANCELLED ? "Geannuleerd" : null,
                status == ProgressStatus.POSTPONED ? LocalDate.of(2028, 1, 1) : null));
    }

    /** Defines an indicator linked to the elements, with one score unless {@code period} is null. */
    private IndicatorId indicator(String name, IndicatorKind kind, Direction direction, Baseline baseline, List<Target> targets,
                                  String period, String value, String expectedStatus, ElementId... linked) {
        IndicatorId id = IndicatorId.generate();
        Frequency frequency = period == null || period.length() == 4 ? Frequency.YEARLY : Frequency.MONTHLY;
        indicatorEvents.add(new IndicatorDefined(TENANT, id, planId, name, "eenheid", kind, direction, baseline, targets,
                frequency, null, "Strategie", List.of(linked), 2025, 2030));
        if (period != null) {
            score(id, period, value);
        }
        names.put(id.value(), name);
        if (expectedStatus != null) {
            expectedIndicators.put(id, expectedStatus);
        }
        return id;
    }

    private void score(IndicatorId id, String period, String value) {
        indicatorEvents.add(new ScoreRecorded(TENANT, id, planId, period(period), new BigDecimal(value), null, null));
    }

    private static Baseline baseline(String value) {
        return new Baseline(new BigDecimal(value), LocalDate.of(2025, 1, 1));
    }

    private static Target band(String period, String lower, String upper) {
        return new Target(period(period), null, new BigDecimal(lower), new BigDecimal(upper));
    }

    private void expect(ElementId element, String status, int onTrack, int atRisk, int offTrack) {
        expected.put(element, new Expected(status, onTrack, atRisk, offTrack));
    }

    private static void collect(JsonNode elements, Map<String, JsonNode> into) {
        elements.forEach(element -> {
            into.put(element.path("elementId").asText(), element);
            collect(element.path("children"), into);
        });
    }

    private record Expected(String status, int onTrack, int atRisk, int offTrack) {
    }
}
