package be.koers.system;

import be.koers.testing.KoersSystem;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static be.koers.system.SharedKoers.Administration.GHENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A planner drafts a Ghent-template plan through the command-service's REST API; the query-service, fed only
 * through Kafka, shows the same tree with its owners and tags.
 */
class GhentPlanEndToEndTest {

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = SharedKoers.get();
    }

    @Test
    void aDraftedGhentPlanAppearsInTheQueryServiceWithItsShapeOwnersAndTags() {
        ApiClient planner = koers.commands(GHENT.user("planner"), "planner").withHeader("X-Change-Reason", "Draft of the multi-year plan");
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)));
        String plan = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan Gent", "template", "GHENT")));
        String p = "/api/plans/" + plan;
        accepted(planner.put(p + "/mission", Map.of("mission", "Gent, een scheppende stad")));
        accepted(planner.put(p + "/core-values", Map.of("coreValues", List.of("Open", "Solidair"))));

        String pillar = created(planner.post(p + "/goals", Map.of("level", "MAIN_STRATEGIC_GOAL", "title", "Ecological and spatial pillar",
                "tags", Map.of("policyFields", List.of("Environment"), "sdgs", List.of(11, 13)))));
        String green = created(planner.post(p + "/goals", Map.of("level", "STRATEGIC_GOAL", "parentId", pillar, "title", "Enough green space")));
        String quality = created(planner.post(p + "/goals", Map.of("level", "OPERATIONAL_GOAL", "parentId", green,
                "title", "Quality management and construction", "intendedResult", "Every resident within 400 m of a park")));
        String parks = created(planner.post(p + "/items", Map.of("level", "ACTIVITY", "parentId", quality,
                "title", "Construct, manage and maintain parks and green zones",
                "owner", Map.of("department", "Green service", "politicalOwner", "Alderman for environment"),
                "tags", Map.of("policyFields", List.of("Environment"), "targetGroups", List.of("Residents"), "subAreas", List.of("Brugse Poort")))));
        String bloemekes = created(planner.post(p + "/items", Map.of("level", "ACTION", "parentId", parks,
                "title", "Construct the Bloemekespark", "actionType", "OPERATIONAL",
                "period", Map.of("start", "2026-03-01", "end", "2028-10-31"),
                "owner", Map.of("department", "Green service", "politicalOwner", "Alderman for environment"),
                "tags", Map.of("policyFields", List.of("Environment"), "sdgs", List.of(15)))));
        String playbook = created(planner.post(p + "/items", Map.of("level", "ACTION", "parentId", quality,
                "title", "Playbook for park nuisance", "actionType", "COORDINATION",
                "period", Map.of("start", "2026-09-01", "end", "2027-06-30"),
                "owner", Map.of("department", "Environment service", "politicalOwner", "Mayor"))));
        String dropped = created(planner.post(p + "/goals", Map.of("level", "OPERATIONAL_GOAL", "parentId", green, "title", "Temporary goal")));
        accepted(planner.post(p + "/elements/" + dropped + "/retirement", Map.of("reason", "Merged into quality management")));
        accepted(planner.put(p + "/items/" + playbook + "/owner", Map.of("department", "Local prevention and safety", "politicalOwner", "Mayor")));
        accepted(planner.put(p + "/elements/" + playbook + "/parent", Map.of("parentId", parks)));
        long acceptedAt = System.nanoTime();
        accepted(planner.post(p + "/adoption", Map.of("decisionDate", "2025-12-18", "decisionReference", "GR-2025-12-18/07")));

        ApiClient viewer = koers.queries(GHENT.user("viewer"), "viewer");
        JsonNode tree = await("plan tree in the query-service").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                .until(() -> viewer.get(p), r -> r.status() == 200 && "ADOPTED".equals(r.json().path("status").asText()))
                .json();
        System.out.printf("Command accepted -> visible in query-service: %d ms%n", (System.nanoTime() - acceptedAt) / 1_000_000);

        assertThat(tree.get("template").asText()).isEqualTo("GHENT");
        assertThat(tree.get("mission").asText()).isEqualTo("Gent, een scheppende stad");
        assertThat(tree.get("coreValues")).extracting(JsonNode::asText).containsExactly("Open", "Solidair");
        assertThat(tree.get("decisionReference").asText()).isEqualTo("GR-2025-12-18/07");

        JsonNode roots = tree.get("elements");
        assertThat(roots).hasSize(1);
        JsonNode pillarNode = roots.get(0);
        assertThat(pillarNode.get("elementId").asText()).isEqualTo(pillar);
        assertThat(pillarNode.get("tags").get("sdgs")).extracting(JsonNode::asInt).containsExactly(11, 13);
        JsonNode greenNode = only(pillarNode.get("children"));
        assertThat(greenNode.get("level").asText()).isEqualTo("STRATEGIC_GOAL");
        JsonNode qualityNode = only(greenNode.get("children"));
        assertThat(qualityNode.get("intendedResult").asText()).isEqualTo("Every resident within 400 m of a park");
        JsonNode parksNode = only(qualityNode.get("children"));
        assertThat(parksNode.get("owner").get("department").asText()).isEqualTo("Green service");
        assertThat(parksNode.get("tags").get("subAreas")).extracting(JsonNode::asText).containsExactly("Brugse Poort");
        JsonNode parkActions = parksNode.get("children");
        assertThat(parkActions).extracting(n -> n.get("elementId").asText()).containsExactly(bloemekes, playbook);
        assertThat(parkActions.get(0).get("title").asText()).isEqualTo("Construct the Bloemekespark");
        assertThat(parkActions.get(0).get("actionType").asText()).isEqualTo("OPERATIONAL");
        assertThat(parkActions.get(0).get("period").get("end").asText()).isEqualTo("2028-10-31");
        assertThat(parkActions.get(1).get("owner").get("department").asText()).isEqualTo("Local prevention and safety");

        Response search = viewer.get(p + "/elements?department=Local%20prevention%20and%20safety");
        assertThat(search.json().get("elements")).extracting(n -> n.get("elementId").asText()).containsExactly(playbook);
        Response bySdg = viewer.get(p + "/elements?sdg=15");
        assertThat(bySdg.json().get("elements")).extracting(n -> n.get("elementId").asText()).containsExactly(bloemekes);
        Response retired = viewer.get(p + "/elements?status=RETIRED");
        assertThat(retired.json().get("elements")).extracting(n -> n.get("elementId").asText()).containsExactly(dropped);

        Response element = viewer.get(p + "/elements/" + parks);
        assertThat(element.json().get("children")).extracting(n -> n.get("elementId").asText()).containsExactly(bloemekes, playbook);
        assertThat(element.json().get("ancestors")).extracting(n -> n.get("elementId").asText()).containsExactly(pillar, green, quality);

        assertThat(koers.queries("zandhoven-planner", "zandhoven").get(p).status()).isEqualTo(404);
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void accepted(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
