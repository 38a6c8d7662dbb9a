package be.koers.query.ownwork;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.RegisteredTenant;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What is mine": a scorer's departments are the administration's departments their token names, by the
 * administration's rule (ID, NAME or GROUP), and theirs are exactly the active items and indicators those departments
 * own. The plan is a {@link GhentPlan}: the green service ("Groendienst") owns the park maintenance and the
 * Bloemekespark (and the retired mowing), urban development ("Stedenbouw") the cycle route.
 */
class OwnWorkTest extends QueryServiceIntegrationTest {

    @Test
    void byIdAScorerOfTheGreenServiceGetsExactlyItsItemsAndIndicators() {
        Administration administration = publish("mine-id", DepartmentMatch.ID);

        JsonNode green = administration.mine("scorer", "green");

        assertThat(green.path("planId").asText()).isEqualTo(administration.ghent.planId.value());
        assertThat(green.path("tokenDepartments")).extracting(JsonNode::asText).containsExactly("green");
        assertThat(green.path("departmentMatch").asText()).isEqualTo("ID");
        assertThat(green.path("departments")).extracting(d -> d.path("departmentId").asText()).containsExactly("green");
        assertThat(green.path("departments").get(0).path("name").path("nl").asText()).isEqualTo("Groendienst");
        administration.assertTheGreenServicesWork(green);
        JsonNode bloemekespark = green.path("items").get(1);
        assertThat(bloemekespark.path("level").asText()).isEqualTo("ACTION");
        assertThat(bloemekespark.path("title").asText()).isEqualTo("Aanleg en opening Bloemekespark");
        assertThat(bloemekespark.path("parentId").asText()).isEqualTo(administration.ghent.maintainParks.value());
        assertThat(bloemekespark.path("owner").path("department").asText()).isEqualTo("Groendienst");
        assertThat(bloemekespark.path("period").path("end").asText()).isEqualTo("2026-09-30");
        assertThat(bloemekespark.path("planned").asBoolean()).isTrue();

        JsonNode urban = administration.mine("scorer", "urban");

        assertThat(urban.path("departments")).extracting(d -> d.path("departmentId").asText()).containsExactly("urban");
        assertThat(ids(urban.path("items"), "elementId")).containsExactly(administration.ghent.cycleRoute.value());
        assertThat(urban.path("items").get(0).path("owner").path("department").asText()).isEqualTo("Stedenbouw");
        assertThat(ids(urban.path("indicators"), "indicatorId")).containsExactly(administration.urbanCounts.value());
        assertThat(urban.path("indicators").get(0).path("ownerDepartment").asText()).isEqualTo("urban");
    }

    @Test
    void byNameTheTokenNamesTheDepartmentInAnyCaseAndItsIdNoLonger() {
        Administration administration = publish("mine-name", DepartmentMatch.NAME);

        administration.assertTheGreenServicesWork(administration.mine("scorer", "groendienst"));
        assertNothingMine(administration.mine("scorer", "green"));
    }

    @Test
    void byGroupTheTokenCarriesTheProvidersGroupIdAndTheDepartmentIdNoLonger() {
        Administration administration = publish("mine-group", DepartmentMatch.GROUP);

        administration.assertTheGreenServicesWork(administration.mine("scorer", RegisteredTenant.GREEN_GROUP));
        assertNothingMine(administration.mine("scorer", "green"));
    }

    @Test
    void aCallerWithoutAMatchingDepartmentGetsEmptyLists() {
        Administration administration = publish("mine-none", DepartmentMatch.ID);

        JsonNode culture = administration.mine("scorer", "culture");
        assertNothingMine(culture);
        assertThat(culture.path("tokenDepartments")).extracting(JsonNode::asText).containsExactly("culture");
        assertThat(culture.path("departmentMatch").asText()).isEqualTo("ID");

        JsonNode planner = administration.mine("planner", null);
        assertNothingMine(planner);
        assertThat(planner.path("tokenDepartments")).isEmpty();
    }

    @Test
    void inAnAdministrationNoOperatorRegisteredNothingIsAnyonesYet() {
        GhentPlan plan = new GhentPlan(TenantId.of("mine-unregistered-" + UUID.randomUUID()));
        List<TenantScoped> events = new ArrayList<>(plan.legislatureEvents());
        events.addAll(plan.planEvents());
        publishAndAwait(events);

        JsonNode unregistered = mine(as("scorer+green@" + plan.tenant, "scorer"), plan.planId);

        assertNothingMine(unregistered);
        assertThat(unregistered.path("departmentMatch").isNull()).as(unregistered.toString()).isTrue();
    }

    @Test
    void anotherAdministrationsPlanIsNotFoundAndAViewerMayNotAsk() {
        Administration own = publish("mine-own", DepartmentMatch.ID);
        Administration other = publish("mine-other", DepartmentMatch.ID);

        ApiClient.Response response = as(own.tenant.user("scorer", "green"), "scorer").get(mineOf(other.ghent.planId));

        assertProblem(response, 404, "planId", "unknown-plan");
        assertProblem(as(own.tenant.user("viewer"), "viewer").get(mineOf(own.ghent.planId)), 403, "role", "role-not-allowed");
    }

    private Administration publish(String prefix, DepartmentMatch match) {
        Administration administration = new Administration(new RegisteredTenant(prefix, match));
        publishAndAwait(administration.events());
        return administration;
    }

    private static JsonNode mine(ApiClient caller, PlanId planId) {
        ApiClient.Response response = caller.get(mineOf(planId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String mineOf(PlanId planId) {
        return "/api/plans/" + planId + "/mine";
    }

    private static void assertNothingMine(JsonNode mine) {
        for (String list : List.of("departments", "items", "indicators")) {
            assertThat(mine.path(list).isArray()).as(list + " in " + mine).isTrue();
            assertThat(mine.path(list)).as(list + " in " + mine).isEmpty();
        }
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).isEqualTo(rule);
    }

    /**
     * A registered administration with a {@link GhentPlan} and its indicators, whose owner departments are written
     * the ways planners write them: the green service's by its Dutch name and by its English name in capitals (and
     * one retired), urban development's by its id, and one of a department the administration does not keep.
     */
    private final class Administration {

        final RegisteredTenant tenant;
        final GhentPlan ghent;
        final GhentMonitoring monitoring;
        final IndicatorId treesPlanted = IndicatorId.generate();
        final IndicatorId retiredGreen = IndicatorId.generate();
        final IndicatorId urbanCounts = IndicatorId.generate();
        final IndicatorId cycleCounts = IndicatorId.generate();

        Administration(RegisteredTenant tenant) {
            this.tenant = tenant;
            this.ghent = new GhentPlan(tenant.tenant);
            this.monitoring = new GhentMonitoring(ghent);
        }

        List<TenantScoped> events() {
            List<TenantScoped> events = new ArrayList<>(tenant.events());
            events.addAll(ghent.legislatureEvents());
            events.addAll(ghent.planEvents());
            events.addAll(monitoring.indicatorEvents());
            events.add(indicator(treesPlanted, "Bomen geplant", "GREEN SERVICE"));
            events.add(indicator(retiredGreen, "Maaibeurten", "Groendienst"));
            events.add(new IndicatorRetired(tenant.tenant, retiredGreen, ghent.planId, "Overgedragen"));
            events.add(indicator(urbanCounts, "Vergunningen", "urban"));
            events.add(indicator(cycleCounts, "Fietstellingen", "Mobiliteitsbedrijf"));
            return events;
        }

        /** What the test user of the role (with one department value in their token, or none) reads at the plan's "mine". */
        JsonNode mine(String role, String departmentValue) {
            String user = departmentValue == null ? tenant.user(role) : tenant.user(role, departmentValue);
            return OwnWorkTest.mine(as(user, role), ghent.planId);
        }

        /** Exactly the green service's active items, in tree order, and its active indicators. */
        void assertTheGreenServicesWork(JsonNode mine) {
            assertThat(mine.path("departments")).as(mine.toString()).extracting(d -> d.path("departmentId").asText())
                    .containsExactly("green");
            assertThat(ids(mine.path("items"), "elementId"))
                    .containsExactly(ghent.maintainParks.value(), ghent.bloemekespark.value());
            assertThat(ids(mine.path("indicators"), "indicatorId"))
                    .containsExactlyInAnyOrder(monitoring.greenPerResident.value(), treesPlanted.value());
        }

        private IndicatorDefined indicator(IndicatorId id, String name, String ownerDepartment) {
            return new IndicatorDefined(tenant.tenant, id, ghent.planId, name, "aantal", IndicatorKind.NUMBER,
                    Direction.HIGHER_IS_BETTER, null, List.of(), Frequency.YEARLY, null, ownerDepartment,
                    List.of(ghent.greenSpace), 2025, 2030);
        }
    }
}
