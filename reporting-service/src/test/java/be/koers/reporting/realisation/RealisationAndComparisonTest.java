package be.koers.reporting.realisation;

import be.koers.reporting.ReportingServiceTest;
import be.koers.reporting.TwoLegislatures;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two legislatures with known planned, realised and unplanned work ({@link TwoLegislatures}) go through Kafka into
 * the reporting read models; the realisation shares and the legislature comparison must come out exactly as worked
 * out here by hand, and again after a rebuild from scratch.
 */
class RealisationAndComparisonTest extends ReportingServiceTest {

    private static final TwoLegislatures PLANS = new TwoLegislatures("rc");
    @BeforeEach
    void projected() {
        projected(PLANS);
    }

    @Test
    void sharesOfDeliberateUnrealisedAndSpontaneousPolicyAreExact() {
        JsonNode total = planner().get(realisationOfPrevious()).json().path("total");

        assertTally(total.path("planned"), 5, "240000.00", "145000.00");
        assertTally(total.path("realised"), 4, "190000.00", "155000.00");
        assertTally(total.path("deliberate"), 3, "190000.00", "145000.00");
        assertTally(total.path("unrealised"), 2, "50000.00", "0.00");
        assertTally(total.path("spontaneous"), 1, "0.00", "10000.00");
        assertTally(total.path("unplannedNotCarriedOut"), 1, "0.00", "0.00");
        assertShare(total.path("deliberateOfRealised"), "0.7500", "0.9355");
        assertShare(total.path("spontaneousOfRealised"), "0.2500", "0.0645");
        assertShare(total.path("unrealisedOfPlanned"), "0.4000", "0.2083");
        assertThat(total.path("plannedByOutcome").path("REALISED").path("count").asLong()).isEqualTo(2);
        assertThat(total.path("plannedByOutcome").path("PARTLY_REALISED").path("count").asLong()).isEqualTo(1);
        assertThat(total.path("plannedByOutcome").path("NOT_REALISED").path("count").asLong()).isEqualTo(1);
        assertThat(total.path("plannedByOutcome").path("CANCELLED").path("count").asLong()).isEqualTo(1);
        assertTally(total.path("spontaneousByCause").path("OPPORTUNITY"), 1, "0.00", "10000.00");
        assertThat(total.path("spontaneousByCause").path("IMPOSED_POLICY").path("count").asLong()).isZero();
    }

    @Test
    void groupsItemsByInheritedPolicyFieldTargetGroupAndDepartment() {
        JsonNode view = planner().get(realisationOfPrevious()).json();

        assertThat(keys(view.path("byPolicyField"))).containsExactly("Culture", "Environment", "Mobility");
        JsonNode mobility = group(view.path("byPolicyField"), "Mobility");
        assertTally(mobility.path("deliberate"), 2, "150000.00", "110000.00");
        assertTally(mobility.path("spontaneous"), 1, "0.00", "10000.00");
        assertShare(mobility.path("deliberateOfRealised"), "0.6667", "0.9167");
        JsonNode culture = group(view.path("byPolicyField"), "Culture");
        assertTally(culture.path("unrealised"), 1, "20000.00", "0.00");
        assertDecimal(culture.path("deliberateOfRealised").path("byCount"), null); // nothing realised: no share
        assertShare(culture.path("unrealisedOfPlanned"), "1.0000", "1.0000");

        assertThat(keys(view.path("byTargetGroup"))).containsExactly("Cyclists", "Residents", "Youth");
        assertThat(group(view.path("byTargetGroup"), "Residents").path("realised").path("count").asLong()).isEqualTo(4);
        assertThat(keys(view.path("bySubArea"))).containsExactly("(unclassified)", "Centre");
        assertThat(keys(view.path("byDepartment"))).containsExactly("Culture department", "Green department", "Mobility department");
        assertTally(group(view.path("byDepartment"), "Green department").path("planned"), 2, "70000.00", "35000.00");

        JsonNode filtered = planner().get(realisationOfPrevious() + "?department=Mobility%20department").json();
        assertTally(filtered.path("total").path("realised"), 3, "150000.00", "120000.00");
    }

    @Test
    void listsEveryItemWithItsEditionOutcomeAndCause() {
        JsonNode items = planner().get(realisationOfPrevious() + "/items").json();

        assertThat(items).hasSize(7);
        JsonNode a5 = item(items, "A5");
        assertThat(a5.path("planned").asBoolean()).isTrue();
        assertThat(a5.path("edition").asInt()).as("added by the revision adopted as edition 2").isEqualTo(2);
        assertThat(item(items, "A1").path("edition").asInt()).isEqualTo(1);
        assertThat(item(items, "A2").path("outcome").asText()).isEqualTo("PARTLY_REALISED");
        assertThat(item(items, "A4").path("outcome").asText()).isEqualTo("CANCELLED");
        JsonNode u1 = item(items, "U1");
        assertThat(u1.path("planned").asBoolean()).isFalse();
        assertThat(u1.path("edition").isNumber()).as("not in any edition").isFalse();
        assertThat(u1.path("kind").asText()).isEqualTo("SPONTANEOUS");
        assertThat(u1.path("cause").asText()).isEqualTo("OPPORTUNITY");
        assertThat(u1.path("causeExplanation").asText()).isEqualTo("Europese subsidie-oproep");

        JsonNode spontaneous = planner().get(realisationOfPrevious() + "/items?kind=SPONTANEOUS").json();
        assertThat(spontaneous).hasSize(1);
    }

    @Test
    void crossesPolicyFieldsWithTargetGroupsAndSubAreas() {
        JsonNode matrix = planner().get(realisationOfPrevious() + "/matrix").json();

        assertThat(matrix.path("rowKeys").toString()).isEqualTo("[\"Culture\",\"Environment\",\"Mobility\"]");
        assertThat(matrix.path("columnKeys").toString()).isEqualTo("[\"Cyclists\",\"Residents\",\"Youth\"]");
        assertThat(matrix.path("cells")).hasSize(4);
        JsonNode mobilityCyclists = cell(matrix, "Mobility", "Cyclists");
        assertTally(mobilityCyclists.path("figures").path("realised"), 3, "150000.00", "120000.00");
        assertTally(cell(matrix, "Environment", "Residents").path("figures").path("planned"), 2, "70000.00", "35000.00");

        JsonNode bySubArea = planner().get(realisationOfPrevious() + "/matrix?columns=SUB_AREA").json();
        assertThat(bySubArea.path("columnKeys").toString()).isEqualTo("[\"(unclassified)\",\"Centre\"]");
        assertThat(cell(bySubArea, "Culture", "Centre").path("figures").path("unrealised").path("count").asLong()).isEqualTo(1);
    }

    @Test
    void perLegislatureTheRealisationOfEachPlan() {
        JsonNode legislatures = planner().get("/api/realisation").json();
        List<String> plans = new ArrayList<>();
        legislatures.forEach(l -> plans.add(l.path("plan").path("planId").asText()));

        assertThat(plans).containsSubsequence(PLANS.previous.value(), PLANS.current.value());
        JsonNode byLegislature = planner().get("/api/legislatures/" + PLANS.previousLegislature.value() + "/realisation").json();
        assertThat(byLegislature.path("total")).isEqualTo(planner().get(realisationOfPrevious()).json().path("total"));
    }

    @Test
    void comparesTheLegislaturesGoalsBudgetsAndIndicators() {
        JsonNode comparison = planner().get("/api/plans/" + PLANS.current.value() + "/comparison").json();

        assertThat(comparison.path("previous").path("planId").asText()).isEqualTo(PLANS.previous.value());
        assertThat(comparison.path("counts").toString()).isEqualTo("{\"carriedOver\":2,\"dropped\":1,\"added\":1}");
        assertDecimal(comparison.path("previousTotalEstimate"), "240000.00");
        assertDecimal(comparison.path("currentTotalEstimate"), "430000.00");

        JsonNode goals = comparison.path("goals");
        assertThat(goals).hasSize(4);
        assertGoal(goals.get(0), "CARRIED_OVER", "G1", "H1", "150000.00", "300000.00", "150000.00");
        assertDecimal(goals.get(0).path("previous").path("actualExpenditure"), "120000.00");
        assertGoal(goals.get(1), "CARRIED_OVER", "G2", "H2", "70000.00", "50000.00", "-20000.00");
        assertGoal(goals.get(2), "DROPPED", "G3", null, "20000.00", null, "-20000.00");
        assertGoal(goals.get(3), "NEW", null, "H4", null, "80000.00", "80000.00");

        JsonNode fields = comparison.path("budgetByPolicyField");
        assertThat(keysOf(fields, "policyField")).containsExactly("Culture", "Digital", "Environment", "Mobility");
        assertField(fields.get(0), "20000.00", "0.00", "-20000.00", "-1.0000");
        assertField(fields.get(1), "0.00", "80000.00", "80000.00", null);
        assertField(fields.get(2), "70000.00", "50000.00", "-20000.00", "-0.2857");
        assertField(fields.get(3), "150000.00", "300000.00", "150000.00", "1.0000");

        JsonNode continuing = comparison.path("continuingIndicators");
        assertThat(continuing).hasSize(1);
        assertThat(continuing.get(0).path("previous").path("indicatorId").asText()).isEqualTo(PLANS.indicator("I1").value());
        assertThat(continuing.get(0).path("previous").path("period").asText()).isEqualTo("2024");
        assertDecimal(continuing.get(0).path("previous").path("value"), "24.0");
        assertThat(continuing.get(0).path("current").path("period").asText()).isEqualTo("2025");
        assertDecimal(continuing.get(0).path("current").path("value"), "26.0");
        assertDecimal(continuing.get(0).path("change"), "2.0");
        assertThat(comparison.path("droppedIndicators")).hasSize(1);
        assertThat(comparison.path("droppedIndicators").get(0).path("previous").path("name").asText()).isEqualTo("Museumbezoekers");
        assertThat(comparison.path("newIndicators")).hasSize(1);
        assertThat(comparison.path("newIndicators").get(0).path("current").path("period").isTextual()).as("not scored yet").isFalse();
    }

    @Test
    void refusesWhatCannotBeCompared() {
        ApiClient.Response laterAsPrevious = planner().get("/api/plans/" + PLANS.previous.value() + "/comparison?previousPlanId="
                + PLANS.current.value());
        assertProblem(laterAsPrevious, 422, "previousPlanId", "previous-legislature-required");

        ApiClient.Response nothingBefore = planner().get("/api/plans/" + PLANS.previous.value() + "/comparison");
        assertProblem(nothingBefore, 404, "previousPlanId", "no-previous-legislature");

        ApiClient.Response otherTenant = as("zandhoven-planner", "zandhoven").get(realisationOfPrevious());
        assertProblem(otherTenant, 404, "planId", "unknown-plan");

        ApiClient.Response nulInPreviousPlan = planner().get("/api/plans/" + PLANS.current.value() + "/comparison?previousPlanId=a%00b");
        assertProblem(nulInPreviousPlan, 400, "previousPlanId", "no-control-characters");
        ApiClient.Response pathAsPreviousPlan = planner().get("/api/plans/" + PLANS.current.value() + "/comparison?previousPlanId=..%2Fx");
        assertProblem(pathAsPreviousPlan, 400, "previousPlanId", "id-format");

        ApiClient.Response badDimension = planner().get(realisationOfPrevious() + "/matrix?rows=COLOUR");
        assertThat(badDimension.status()).isEqualTo(400);
        assertThat(badDimension.contentType()).startsWith("application/problem+json");
        assertThat(badDimension.json().path("field").asText()).isEqualTo("rows");
    }

    @Test
    void givesTheSameFiguresAfterARebuildFromScratch() {
        String comparisonPath = "/api/plans/" + PLANS.current.value() + "/comparison";
        List<String> paths = List.of(realisationOfPrevious(), realisationOfPrevious() + "/items",
                realisationOfPrevious() + "/matrix", realisationOfPrevious() + "/matrix?columns=SUB_AREA", comparisonPath);
        List<JsonNode> before = paths.stream().map(path -> planner().get(path).json()).toList();
        ApiClient operator = as("operator", "operator");
        long applied = operator.get("/admin/projections/status").json().path("appliedEvents").asLong();

        ApiClient.Response rebuild = operator.post("/admin/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode status = operator.get("/admin/projections/status").json();
            assertThat(status.path("rebuilding").asBoolean()).isFalse();
            assertThat(status.path("appliedEvents").asLong()).isGreaterThanOrEqualTo(applied);
        });

        List<JsonNode> after = paths.stream().map(path -> planner().get(path).json()).toList();
        assertThat(after).isEqualTo(before);
    }

    private static String realisationOfPrevious() {
        return "/api/plans/" + PLANS.previous.value() + "/realisation";
    }

    private static void assertTally(JsonNode tally, long count, String estimated, String actual) {
        assertThat(tally.path("count").asLong()).as(tally.toString()).isEqualTo(count);
        assertDecimal(tally.path("estimatedExpenditure"), estimated);
        assertDecimal(tally.path("actualExpenditure"), actual);
    }

    private static void assertShare(JsonNode share, String byCount, String byBudget) {
        assertDecimal(share.path("byCount"), byCount);
        assertDecimal(share.path("byBudget"), byBudget);
    }

    private static void assertDecimal(JsonNode value, String expected) {
        if (expected == null) {
            assertThat(value.isNull() || value.isMissingNode()).as("expected null, got " + value).isTrue();
            return;
        }
        assertThat(value.isNumber()).as("a number: " + value).isTrue();
        assertThat(value.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    private static void assertGoal(JsonNode line, String change, String previous, String current, String previousEstimate,
                                   String currentEstimate, String shift) {
        assertThat(line.path("change").asText()).isEqualTo(change);
        assertThat(line.path("previous").path("elementId").asText(null)).isEqualTo(previous == null ? null : PLANS.id(previous).value());
        assertThat(line.path("current").path("elementId").asText(null)).isEqualTo(current == null ? null : PLANS.id(current).value());
        assertDecimal(line.path("previous").path("estimatedExpenditure"), previousEstimate);
        assertDecimal(line.path("current").path("estimatedExpenditure"), currentEstimate);
        assertDecimal(line.path("estimateShift"), shift);
    }

    private static void assertField(JsonNode line, String previous, String current, String shift, String relative) {
        assertDecimal(line.path("previous"), previous);
        assertDecimal(line.path("current"), current);
        assertDecimal(line.path("shift"), shift);
        assertDecimal(line.path("relativeShift"), relative);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).isEqualTo(rule);
    }

    private static List<String> keys(JsonNode groups) {
        return keysOf(groups, "key");
    }

    private static List<String> keysOf(JsonNode lines, String field) {
        List<String> keys = new ArrayList<>();
        lines.forEach(line -> keys.add(line.path(field).asText()));
        return keys;
    }

    private static JsonNode group(JsonNode groups, String key) {
        for (JsonNode group : groups) {
            if (group.path("key").asText().equals(key)) {
                return group.path("figures");
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }

    private static JsonNode item(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("itemId").asText().equals(PLANS.id(name).value())) {
                return item;
            }
        }
        throw new AssertionError("no item " + name + " in " + items);
    }

    private static JsonNode cell(JsonNode matrix, String row, String column) {
        for (JsonNode cell : matrix.path("cells")) {
            if (cell.path("row").asText().equals(row) && cell.path("column").asText().equals(column)) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + row + " × " + column + " in " + matrix);
    }
}
