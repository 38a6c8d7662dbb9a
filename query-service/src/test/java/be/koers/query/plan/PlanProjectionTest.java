package be.koers.query.plan;

import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Ghent plan published as the command-service would, read back through the API. */
class PlanProjectionTest extends QueryServiceIntegrationTest {

    private GhentPlan ghent;

    @BeforeEach
    void publishGhentPlan() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        publishAndAwait(ghent.legislatureEvents());
        events.publish(ghent.planEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void showsThePlanWithItsStatementsAndAdoption() {
        ApiClient.Response response = viewer().get("/api/plans/" + ghent.planId);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + GhentPlan.VERSION + "\"");
        JsonNode plan = response.json();
        assertThat(plan.path("planId").asText()).isEqualTo(ghent.planId.value());
        assertThat(plan.path("legislatureId").asText()).isEqualTo(ghent.legislatureId.value());
        assertThat(plan.path("template").asText()).isEqualTo("GHENT");
        assertThat(plan.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(plan.path("decisionDate").asText()).isEqualTo("2025-12-18");
        assertThat(plan.path("decisionReference").asText()).isEqualTo("GR-2025-1218");
        assertThat(plan.path("firstYear").asInt()).isEqualTo(2025);
        assertThat(plan.path("lastYear").asInt()).isEqualTo(2030);
        assertThat(plan.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen.");
        assertThat(plan.path("vision").asText()).isEqualTo("Een groene, leefbare stad.");
        assertThat(texts(plan.path("coreValues"))).containsExactly("Openheid", "Verbinding");
        assertThat(plan.path("version").asLong()).isEqualTo(GhentPlan.VERSION);
    }

    @Test
    void nestsTheElementsFromMainStrategicGoalDownToActionsLeavingRetiredOnesOut() {
        JsonNode elements = viewer().get("/api/plans/" + ghent.planId).json().path("elements");

        assertThat(elements).hasSize(1);
        JsonNode pillar = elements.get(0);
        assertThat(pillar.path("elementId").asText()).isEqualTo(ghent.pillar.value());
        assertThat(pillar.path("level").asText()).isEqualTo("MAIN_STRATEGIC_GOAL");
        assertThat(pillar.has("parentId")).isFalse();
        assertThat(texts(pillar.path("tags").path("policyFields"))).containsExactly("Milieu");
        assertThat(pillar.path("tags").path("sdgs").toString()).isEqualTo("[11,13]");

        JsonNode greenSpace = only(pillar.path("children"));
        assertThat(greenSpace.path("level").asText()).isEqualTo("STRATEGIC_GOAL");
        assertThat(greenSpace.path("title").asText()).isEqualTo("Voldoende en kwaliteitsvol groen");
        assertThat(greenSpace.path("intendedResult").asText()).isEqualTo("Elke Gentenaar vindt groen binnen 400 meter");
        assertThat(greenSpace.path("priority").asBoolean()).isTrue();
        assertThat(ids(greenSpace.path("children"))).containsExactly(ghent.parkManagement.value(), ghent.streetTrees.value());

        JsonNode parkManagement = greenSpace.path("children").get(0);
        JsonNode maintainParks = only(parkManagement.path("children"));
        assertThat(maintainParks.path("level").asText()).isEqualTo("ACTIVITY");
        assertThat(maintainParks.path("owner").path("department").asText()).isEqualTo("Groendienst");
        assertThat(maintainParks.path("owner").path("politicalOwner").asText()).isEqualTo("Schepen van Groen");
        assertThat(texts(maintainParks.path("tags").path("targetGroups"))).containsExactly("Bewoners");
        assertThat(texts(maintainParks.path("tags").path("subAreas"))).containsExactly("Parken");
        // the cycle route was moved under the activity; siblings keep their definition order
        assertThat(ids(maintainParks.path("children"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value());

        JsonNode bloemekespark = maintainParks.path("children").get(0);
        assertThat(bloemekespark.path("level").asText()).isEqualTo("ACTION");
        assertThat(bloemekespark.path("title").asText()).isEqualTo("Aanleg en opening Bloemekespark");
        assertThat(bloemekespark.path("description").asText()).isEqualTo("Met buurtparticipatie");
        assertThat(bloemekespark.path("actionType").asText()).isEqualTo("OPERATIONAL");
        assertThat(bloemekespark.path("period").path("start").asText()).isEqualTo("2025-03-01");
        assertThat(bloemekespark.path("period").path("end").asText()).isEqualTo("2026-09-30");
        assertThat(texts(bloemekespark.path("tags").path("policyFields"))).containsExactly("Groen", "Sport");
        assertThat(texts(bloemekespark.path("tags").path("targetGroups"))).containsExactly("Kinderen");
        assertThat(bloemekespark.path("tags").path("subAreas")).isEmpty();
        assertThat(bloemekespark.path("tags").path("sdgs").toString()).isEqualTo("[3]");
        assertThat(bloemekespark.path("lastChangedBy").asText()).isEqualTo("planner");
        assertThat(bloemekespark.path("lastChangedAt").asText()).isNotBlank();

        JsonNode cycleRoute = maintainParks.path("children").get(1);
        assertThat(cycleRoute.path("parentId").asText()).isEqualTo(ghent.maintainParks.value());
        assertThat(cycleRoute.path("owner").path("department").asText()).isEqualTo("Stedenbouw");
        assertThat(cycleRoute.path("owner").path("politicalOwner").asText()).isEqualTo("Schepen van Ruimte");
        assertThat(cycleRoute.path("actionType").asText()).isEqualTo("CONDITIONAL_OPERATIONAL");
        assertThat(texts(cycleRoute.path("preconditions"))).containsExactly("Subsidie van Vlaanderen");

        JsonNode streetTrees = greenSpace.path("children").get(1);
        assertThat(streetTrees.path("children")).isEmpty();
    }

    @Test
    void showsRetiredElementsWhenAsked() {
        JsonNode plan = viewer().get("/api/plans/" + ghent.planId + "?includeRetired=true").json();

        JsonNode streetTrees = plan.path("elements").get(0).path("children").get(0).path("children").get(1);
        JsonNode mowing = only(streetTrees.path("children"));
        assertThat(mowing.path("elementId").asText()).isEqualTo(ghent.mowing.value());
        assertThat(mowing.path("status").asText()).isEqualTo("RETIRED");
        assertThat(mowing.path("retiredReason").asText()).isEqualTo("Overgedragen aan de wijkwerking");
    }

    @Test
    void showsOneElementWithItsAncestorsAndDirectChildren() {
        JsonNode activity = viewer().get("/api/plans/" + ghent.planId + "/elements/" + ghent.maintainParks).json();

        assertThat(activity.path("elementId").asText()).isEqualTo(ghent.maintainParks.value());
        assertThat(activity.path("title").asText()).isEqualTo("Parken en groenzones aanleggen, beheren en onderhouden");
        assertThat(activity.path("owner").path("department").asText()).isEqualTo("Groendienst");
        assertThat(ids(activity.path("ancestors")))
                .containsExactly(ghent.pillar.value(), ghent.greenSpace.value(), ghent.parkManagement.value());
        assertThat(activity.path("ancestors").get(0).path("level").asText()).isEqualTo("MAIN_STRATEGIC_GOAL");
        assertThat(activity.path("ancestors").get(0).path("title").asText()).isEqualTo("Ecologische en ruimtelijke pijler");
        assertThat(ids(activity.path("children"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value());
        assertThat(activity.path("children").get(0).has("children")).isFalse();

        JsonNode greenSpace = viewer().get("/api/plans/" + ghent.planId + "/elements/" + ghent.greenSpace).json();
        assertThat(ids(greenSpace.path("ancestors"))).containsExactly(ghent.pillar.value());
        assertThat(ids(greenSpace.path("children"))).containsExactly(ghent.parkManagement.value(), ghent.streetTrees.value());
    }

    @Test
    void searchesByLevelDepartmentPoliticalOwnerTagAndStatus() {
        assertThat(ids(search("level=ACTION"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value());
        assertThat(ids(search("department=Groendienst")))
                .containsExactly(ghent.maintainParks.value(), ghent.bloemekespark.value(), ghent.mowing.value());
        assertThat(ids(search("department=Groendienst&status=ACTIVE")))
                .containsExactly(ghent.maintainParks.value(), ghent.bloemekespark.value());
        assertThat(ids(search("politicalOwner=Schepen%20van%20Ruimte"))).containsExactly(ghent.cycleRoute.value());
        assertThat(ids(search("policyField=Groen"))).containsExactly(ghent.maintainParks.value(), ghent.bloemekespark.value());
        assertThat(ids(search("policyField=Groen&level=ACTIVITY"))).containsExactly(ghent.maintainParks.value());
        assertThat(ids(search("targetGroup=Kinderen"))).containsExactly(ghent.bloemekespark.value());
        assertThat(ids(search("subArea=Parken"))).containsExactly(ghent.maintainParks.value());
        assertThat(ids(search("sdg=13"))).containsExactly(ghent.pillar.value());
        assertThat(ids(search("status=RETIRED"))).containsExactly(ghent.mowing.value());
        assertThat(ids(search("policyField=Onderwijs"))).isEmpty();
    }

    @Test
    void pagesSearchResultsWithTheTotalAndFlatNodes() {
        JsonNode page = viewer().get("/api/plans/" + ghent.planId + "/elements?level=ACTION&page=1&size=1").json();

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(ids(page.path("elements"))).containsExactly(ghent.cycleRoute.value());
        assertThat(page.path("elements").get(0).has("children")).isFalse();
        assertThat(page.path("elements").get(0).path("owner").path("department").asText()).isEqualTo("Stedenbouw");

        JsonNode all = viewer().get("/api/plans/" + ghent.planId + "/elements").json();
        assertThat(all.path("total").asLong()).isEqualTo(8);
        assertThat(all.path("size").asInt()).isEqualTo(100);
        assertThat(all.path("elements")).hasSize(8);
    }

    @Test
    void listsTheLegislatureWithItsPlan() {
        JsonNode legislatures = viewer().get("/api/legislatures").json();

        JsonNode legislature = find(legislatures, "legislatureId", ghent.legislatureId.value());
        assertThat(legislature.path("name").asText()).isEqualTo("2025-2030");
        assertThat(legislature.path("firstYear").asInt()).isEqualTo(2025);
        assertThat(legislature.path("lastYear").asInt()).isEqualTo(2030);
        assertThat(legislature.path("planId").asText()).isEqualTo(ghent.planId.value());
    }

    private JsonNode search(String query) {
        ApiClient.Response response = viewer().get("/api/plans/" + ghent.planId + "/elements?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.json().path("elements");
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("elementId").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
