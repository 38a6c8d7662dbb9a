package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.koers.query.GhentMonitoring.figures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets rolled up through five levels over two years, with amounts that floating point gets wrong (twelve times
 * 0.10, 0.10 + 0.20, 1234567.89 + 0.01 …): every figure the API shows equals the exact BigDecimal sum, to the cent
 * and with two decimals.
 */
class BudgetRollUpTest extends QueryServiceIntegrationTest {

    private static final TenantId TENANT = TenantId.of("koersbeke");
    private static final List<String> FIGURES = List.of("operatingExpenditure", "operatingReceipts", "investmentExpenditure",
            "investmentReceipts", "staffFte");

    private final PlanId planId = PlanId.generate();
    private final ElementId goal = ElementId.generate();            // main strategic goal
    private final ElementId strategic = ElementId.generate();       //   strategic goal
    private final ElementId operational = ElementId.generate();     //     operational goal
    private final ElementId activity = ElementId.generate();        //       activity with twelve actions (and a retired one)
    private final ElementId otherOperational = ElementId.generate(); //    a second operational goal
    private final List<ElementId> actions = new ArrayList<>();
    private final ElementId retiredAction = ElementId.generate();

    private final List<PlanEvent> planEvents = new ArrayList<>();
    /** The test's own bookkeeping of the same inputs: element → parent, and figures per element and year. */
    private final Map<ElementId, ElementId> parents = new HashMap<>();
    private final Set<ElementId> retired = new HashSet<>();
    private final Map<ElementId, Map<Integer, BudgetFigures>> estimates = new HashMap<>();
    private final Map<ElementId, Map<Integer, BudgetFigures>> actuals = new HashMap<>();

    @BeforeEach
    void publishAPlanWithBudgets() {
        planEvents.add(new PlanDrafted(TENANT, planId, LegislatureId.generate(), "Begrotingsplan", PlanTemplate.GHENT, 2025, 2030));
        goal(goal, null, Level.MAIN_STRATEGIC_GOAL);
        goal(strategic, goal, Level.STRATEGIC_GOAL);
        goal(operational, strategic, Level.OPERATIONAL_GOAL);
        goal(otherOperational, strategic, Level.OPERATIONAL_GOAL);
        item(activity, operational, Level.ACTIVITY);
        for (int i = 0; i < 12; i++) {
            ElementId action = ElementId.generate();
            actions.add(action);
            item(action, activity, Level.ACTION);
            estimate(action, 2026, figures("0.10", "0.20", i % 2 == 0 ? "0.10" : "0.20", "0.00", "0.10"));
            estimate(action, 2027, figures("0.20", "0.10", "0.00", "0.30", "0.30"));
            actual(action, 2026, figures("0.10", "0.00", "0.10", "0.00", "0.10"));
        }
        revise(actions.get(0), 2026, figures("0.30", "0.20", "0.10", "0.00", "0.10"), "Extra onderhoud");
        item(retiredAction, activity, Level.ACTION);
        estimate(retiredAction, 2026, figures("1000.00", "0.00", "0.00", "0.00", "1.00"));
        planEvents.add(new ElementRetired(TENANT, planId, retiredAction, "Niet uitgevoerd"));
        retired.add(retiredAction);
        estimate(activity, 2026, figures("0.30", "0.00", "0.00", "0.00", "0.00"));
        actual(activity, 2026, figures("0.20", "0.00", "0.00", "0.00", "0.00"));
        estimate(operational, 2026, figures("1234567.89", "0.00", "0.00", "0.00", "2.50"));
        estimate(strategic, 2026, figures("0.01", "0.00", "0.00", "0.00", "0.00"));
        estimate(otherOperational, 2026, figures("0.20", "0.10", "0.00", "0.00", "0.25"));
        estimate(goal, 2027, figures("0.00", "0.00", "9999999999999.99", "0.00", "0.00"));
        actual(otherOperational, 2027, figures("0.01", "0.00", "0.00", "0.00", "0.00"));

        events.publish(planEvents);
        awaitPlanVersion(planId.value(), planEvents.size() - 1);
    }

    @Test
    void everyRolledUpFigureIsTheExactSumOfTheElementAndItsActiveDescendants() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/budget"));

        assertThat(budget.path("years")).hasSize(6);
        Map<String, JsonNode> nodes = new HashMap<>();
        collect(budget.path("elements"), nodes);
        assertThat(nodes).containsOnlyKeys(ids(parents.keySet().stream().filter(id -> !retired.contains(id)).toList()));
        for (ElementId element : parents.keySet()) {
            if (retired.contains(element)) {
                continue;
            }
            for (JsonNode year : nodes.get(element.value()).path("years")) {
                int y = year.path("year").asInt();
                assertFigures(year.path("own").path("estimate"), estimates.getOrDefault(element, Map.of()).get(y), element + " own estimate " + y);
                assertFigures(year.path("own").path("actual"), actuals.getOrDefault(element, Map.of()).get(y), element + " own actual " + y);
                assertFigures(year.path("rolledUp").path("estimate"), rolledUp(estimates, element, y), element + " estimate " + y);
                assertFigures(year.path("rolledUp").path("actual"), rolledUp(actuals, element, y), element + " actual " + y);
            }
        }
    }

    @Test
    void sumsToTheCentWhereDoublesWouldNot() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/budget"));
        Map<String, JsonNode> nodes = new HashMap<>();
        collect(budget.path("elements"), nodes);
        JsonNode activity2026 = yearOf(nodes.get(activity.value()), 2026).path("rolledUp");
        JsonNode strategic2026 = yearOf(nodes.get(strategic.value()), 2026).path("rolledUp");

        // the activity's 0.30, the first action's revised 0.30 and eleven times 0.10; the retired action's 1000.00 not
        assertThat(activity2026.path("estimate").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("1.70"));
        // six times 0.10 and six times 0.20
        assertThat(activity2026.path("estimate").path("investmentExpenditure").decimalValue()).isEqualTo(new BigDecimal("1.80"));
        // twelve times 0.10 and the activity's 0.20
        assertThat(activity2026.path("actual").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("1.40"));
        // 0.01 + 1234567.89 + 1.70 + 0.20
        assertThat(strategic2026.path("estimate").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("1234569.80"));
        assertThat(strategic2026.path("estimate").path("staffFte").decimalValue()).isEqualTo(new BigDecimal("3.95"));
        // the same inputs summed in doubles miss the cent: what the exact figures above guard against
        double inDoubles = 0.01 + 1234567.89 + 0.30 + 0.30 + 0.20;
        for (int i = 1; i < 12; i++) {
            inDoubles += 0.10;
        }
        assertThat(inDoubles).isNotEqualTo(1234569.80);
        assertThat(0.10 + 0.20).isNotEqualTo(0.30);
        assertThat(budget.path("totals").get(1).path("estimate").path("operatingExpenditure").decimalValue())
                .isEqualTo(new BigDecimal("1234569.80"));
    }

    @Test
    void thePlanTotalsAreTheRollUpOfTheRootsPerYear() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/budget"));

        JsonNode totals = budget.path("totals");
        assertThat(totals).hasSize(6);
        for (JsonNode total : totals) {
            int year = total.path("year").asInt();
            assertFigures(total.path("estimate"), orZero(rolledUp(estimates, goal, year)), "total estimate " + year);
            assertFigures(total.path("actual"), orZero(rolledUp(actuals, goal, year)), "total actual " + year);
        }
        assertThat(totals.get(2).path("estimate").path("investmentExpenditure").decimalValue())
                .isEqualTo(new BigDecimal("9999999999999.99"));
        assertThat(totals.get(0).path("estimate").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void oneYearOnlyWhenAskedAndRefusesYearsOutsideTheLegislature() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/budget?year=2027"));

        assertThat(budget.path("years").toString()).isEqualTo("[2027]");
        assertThat(budget.path("totals")).hasSize(1);
        assertThat(budget.path("elements").get(0).path("years")).hasSize(1);
        assertThat(budget.path("totals").get(0).path("estimate").path("investmentReceipts").decimalValue())
                .isEqualTo(new BigDecimal("3.60"));

        ApiClient.Response outside = viewer().get("/api/plans/" + planId + "/budget?year=2031");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json().path("field").asText()).isEqualTo("year");
        assertThat(outside.json().path("rule").asText()).isEqualTo("out-of-range");
        ApiClient.Response malformed = viewer().get("/api/plans/" + planId + "/budget?year=next");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asText()).isEqualTo("year");
        assertThat(malformed.json().path("rule").asText()).isEqualTo("malformed-value");
    }

    @Test
    void anElementsBudgetShowsItsLinesAndHowTheyCameAbout() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/elements/" + actions.get(0) + "/budget"));

        assertThat(budget.path("level").asText()).isEqualTo("ACTION");
        JsonNode lines = budget.path("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("year").asInt()).isEqualTo(2026);
        assertFigures(lines.get(0).path("estimate").path("figures"), estimates.get(actions.get(0)).get(2026), "estimate");
        assertFigures(lines.get(0).path("actual").path("figures"), actuals.get(actions.get(0)).get(2026), "actual");
        assertThat(lines.get(0).path("estimate").path("recordedBy").asText()).isEqualTo("planner");
        assertThat(lines.get(1).has("actual")).isFalse();

        JsonNode history = budget.path("history");
        assertThat(history).hasSize(4);
        List<String> kinds = new ArrayList<>();
        history.forEach(change -> kinds.add(change.path("kind").asText() + " " + change.path("year").asInt()));
        assertThat(kinds).containsExactly("ESTIMATED 2026", "ESTIMATED 2027", "ACTUALS 2026", "REVISED 2026");
        assertThat(history.get(3).path("reason").asText()).isEqualTo("Extra onderhoud");
        assertThat(history.get(0).path("figures").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(history.get(3).path("figures").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void aRetiredElementKeepsItsOwnBudgetButIsNotInTheTree() {
        JsonNode budget = exactJson(viewer().get("/api/plans/" + planId + "/elements/" + retiredAction + "/budget"));

        assertThat(budget.path("status").asText()).isEqualTo("RETIRED");
        assertThat(budget.path("lines").get(0).path("estimate").path("figures").path("operatingExpenditure").decimalValue())
                .isEqualTo(new BigDecimal("1000.00"));
        assertThat(viewer().get("/api/plans/" + planId + "/elements/" + ElementId.generate() + "/budget").status()).isEqualTo(404);
    }

    private void goal(ElementId id, ElementId parent, Level level) {
        parents.put(id, parent);
        planEvents.add(new GoalDefined(TENANT, planId, id, parent, level, "Doel", null, null, false, Tags.NONE));
    }

    private void item(ElementId id, ElementId parent, Level level) {
        parents.put(id, parent);
        planEvents.add(new ItemDefined(TENANT, planId, id, parent, level, "Item", null, GhentPlan.GREEN_SERVICE,
                level == Level.ACTION ? ActionType.OPERATIONAL : null, null,
                level == Level.ACTION ? new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)) : null, Tags.NONE));
    }

    private void estimate(ElementId element, int year, BudgetFigures figures) {
        estimates.computeIfAbsent(element, e -> new HashMap<>()).put(year, figures);
        planEvents.add(new BudgetEstimated(TENANT, planId, element, year, figures));
    }

    private void revise(ElementId element, int year, BudgetFigures figures, String reason) {
        BudgetFigures previous = estimates.get(element).put(year, figures);
        planEvents.add(new BudgetEstimateRevised(TENANT, planId, element, year, previous, figures, reason));
    }

    private void actual(ElementId element, int year, BudgetFigures figures) {
        actuals.computeIfAbsent(element, e -> new HashMap<>()).put(year, figures);
        planEvents.add(new BudgetActualsRecorded(TENANT, planId, element, year, figures));
    }

    /** The exact sum over the element and every active element under it; null when none has figures that year. */
    private BudgetFigures rolledUp(Map<ElementId, Map<Integer, BudgetFigures>> ledger, ElementId element, int year) {
        BudgetFigures sum = null;
        for (Map.Entry<ElementId, Map<Integer, BudgetFigures>> entry : ledger.entrySet()) {
            BudgetFigures figures = entry.getValue().get(year);
            if (figures != null && !retired.contains(entry.getKey()) && isUnder(entry.getKey(), element)) {
                sum = sum == null ? figures : sum.plus(figures);
            }
        }
        return sum;
    }

    private boolean isUnder(ElementId element, ElementId ancestor) {
        for (ElementId at = element; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static BudgetFigures orZero(BudgetFigures figures) {
        return figures != null ? figures : figures("0.00", "0.00", "0.00", "0.00", "0.00");
    }

    /** Equal to the cent and shown with two decimals; absent when nothing was recorded, zero in a roll-up. */
    private static void assertFigures(JsonNode actual, BudgetFigures expected, String what) {
        if (expected == null && actual.isMissingNode()) {
            return;
        }
        BudgetFigures want = orZero(expected);
        List<BigDecimal> values = List.of(want.operatingExpenditure().amount(), want.operatingReceipts().amount(),
                want.investmentExpenditure().amount(), want.investmentReceipts().amount(), want.staffFte());
        for (int i = 0; i < FIGURES.size(); i++) {
            assertThat(actual.path(FIGURES.get(i)).decimalValue()).as(what + " " + FIGURES.get(i)).isEqualTo(values.get(i));
        }
    }

    private static JsonNode yearOf(JsonNode node, int year) {
        for (JsonNode budget : node.path("years")) {
            if (budget.path("year").asInt() == year) {
                return budget;
            }
        }
        throw new AssertionError("no " + year + " in " + node);
    }

    private static void collect(JsonNode elements, Map<String, JsonNode> into) {
        elements.forEach(element -> {
            into.put(element.path("elementId").asText(), element);
            collect(element.path("children"), into);
        });
    }

    private static String[] ids(List<ElementId> elements) {
        return elements.stream().map(ElementId::value).toArray(String[]::new);
    }
}
