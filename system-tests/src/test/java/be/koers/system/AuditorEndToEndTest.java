package be.koers.system;

import be.koers.testing.KoersSystem;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A plan goes through three editions (and a discarded revision) through the REST API; the auditor's views in the
 * query-service — as of instants and dates, edition trees, the diff between editions, the audit lines — and the
 * command-service's integrity check all tell the same story.
 */
class AuditorEndToEndTest {

    static KoersSystem koers;

    @BeforeAll
    static void start() {
        koers = SharedKoers.get();
    }

    @Test
    void threeEditionsSeenAsOfInstantsAndDatesDiffedAndAudited() {
        ApiClient planner = koers.commands("planner", "planner");
        String legislature = created(planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)));
        String plan = created(planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan", "template", "BBC")));
        String p = "/api/plans/" + plan;

        // Edition 1
        ok(planner.put(p + "/mission", Map.of("mission", "A safe municipality")));
        String safeStreets = created(planner.post(p + "/goals", Map.of("level", "POLICY_GOAL", "title", "Safe streets")));
        String cleanAir = created(planner.post(p + "/goals", Map.of("level", "POLICY_GOAL", "title", "Clean air")));
        ok(planner.post(p + "/adoption", Map.of("decisionDate", "2025-12-18", "decisionReference", "GR-2025/07")));
        Instant afterEdition1 = Instant.now();

        // Edition 2: a goal renamed with a reason, a goal added
        ok(planner.post(p + "/revisions", Map.of("name", "Aanpassing meerjarenplan 2027")));
        ok(planner.withHeader("X-Change-Reason", "Council amendment 3").put(p + "/goals/" + safeStreets, Map.of("title", "Safe and quiet streets")));
        String greenRoofs = created(planner.post(p + "/goals", Map.of("level", "POLICY_GOAL", "title", "Green roofs")));
        Instant duringRevision2 = Instant.now();
        ok(planner.post(p + "/revisions/current/adoption", Map.of("decisionDate", "2026-12-17", "decisionReference", "GR-2026/11")));
        Instant afterEdition2 = Instant.now();

        // Edition 3: a goal retired, the mission rewritten, an action plan added
        ok(planner.post(p + "/revisions", Map.of("name", "Aanpassing meerjarenplan 2028")));
        ok(planner.post(p + "/elements/" + cleanAir + "/retirement", Map.of("reason", "Merged into green roofs")));
        ok(planner.put(p + "/mission", Map.of("mission", "A safe and green municipality")));
        String subsidies = created(planner.post(p + "/action-plans", Map.of("parentId", greenRoofs, "title", "Roof subsidies",
                "realisationTerm", Map.of("start", "2028-01-01", "end", "2029-12-31"))));
        ok(planner.post(p + "/revisions/current/adoption", Map.of("decisionDate", "2027-12-16", "decisionReference", "GR-2027/12")));

        // A revision that is discarded leaves no trace in any edition
        ok(planner.post(p + "/revisions", Map.of("name", "Aanpassing meerjarenplan 2029")));
        ok(planner.put(p + "/goals/" + safeStreets, Map.of("title", "Discarded title")));
        ok(planner.post(p + "/revisions/current/discard", Map.of("reason", "Postponed to next year")));

        ApiClient auditor = koers.queries("auditor", "auditor");
        await("all revisions projected").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> auditor.get(p + "/revisions").json(), revisions -> revisions.size() == 3
                        && "DISCARDED".equals(status(revisions, 3)));

        assertThat(titles(auditor.get(p)).values()).containsExactlyInAnyOrder("Safe and quiet streets", "Green roofs", "Roof subsidies");
        assertThat(auditor.get(p).json().get("edition").asInt()).isEqualTo(3);

        assertThat(titles(auditor.get(p + "/as-of?instant=" + afterEdition1)).values()).containsExactlyInAnyOrder("Safe streets", "Clean air");
        assertThat(titles(auditor.get(p + "/as-of?instant=" + duringRevision2)).values())
                .containsExactlyInAnyOrder("Safe and quiet streets", "Clean air", "Green roofs");
        assertThat(titles(auditor.get(p + "/as-of?instant=" + afterEdition2)).values())
                .containsExactlyInAnyOrder("Safe and quiet streets", "Clean air", "Green roofs");

        Response inForce2027 = auditor.get(p + "/as-of?date=2027-06-01");
        assertThat(inForce2027.json().get("edition").asInt()).isEqualTo(2);
        assertThat(titles(inForce2027).values()).containsExactlyInAnyOrder("Safe and quiet streets", "Clean air", "Green roofs");
        Response inForce2028 = auditor.get(p + "/as-of?date=2028-03-01");
        assertThat(inForce2028.json().get("edition").asInt()).isEqualTo(3);
        assertThat(inForce2028.json().get("mission").asText()).isEqualTo("A safe and green municipality");
        assertThat(titles(inForce2028).values()).containsExactlyInAnyOrder("Safe and quiet streets", "Green roofs", "Roof subsidies");
        assertThat(titles(auditor.get(p + "/editions/1/tree")).values()).containsExactlyInAnyOrder("Safe streets", "Clean air");

        JsonNode editions = auditor.get(p + "/editions").json();
        assertThat(editions).extracting(e -> e.get("decisionReference").asText()).containsExactly("GR-2025/07", "GR-2026/11", "GR-2027/12");
        assertThat(ids(editions.get(2).get("retired"))).containsExactly(cleanAir);
        assertThat(ids(editions.get(2).get("added"))).containsExactly(subsidies);
        assertThat(ids(editions.get(1).get("replaced"))).containsExactly(safeStreets);

        JsonNode diff = auditor.get(p + "/diff?fromEdition=2&toEdition=3").json();
        assertThat(ids(diff.get("added"))).containsExactly(subsidies);
        assertThat(ids(diff.get("removed"))).containsExactly(cleanAir);
        assertThat(diff.get("statements")).anySatisfy(change -> {
            assertThat(change.path("field").asText()).isEqualTo("mission");
            assertThat(change.path("from").asText()).isEqualTo("A safe municipality");
            assertThat(change.path("to").asText()).isEqualTo("A safe and green municipality");
        });
        JsonNode renamed = auditor.get(p + "/diff?fromEdition=1&toEdition=2").json().get("changed");
        assertThat(renamed).anySatisfy(change -> {
            assertThat(change.path("elementId").asText()).isEqualTo(safeStreets);
            assertThat(change.get("fields")).anySatisfy(field -> {
                assertThat(field.path("field").asText()).isEqualTo("title");
                assertThat(field.path("from").asText()).isEqualTo("Safe streets");
                assertThat(field.path("to").asText()).isEqualTo("Safe and quiet streets");
            });
        });

        JsonNode amendment = auditor.get(p + "/audit?elementId=" + safeStreets + "&type=GoalRevised").json().get("lines");
        assertThat(amendment).anySatisfy(line -> {
            assertThat(line.path("actor").asText()).isEqualTo("planner");
            assertThat(line.path("reason").asText()).isEqualTo("Council amendment 3");
            assertThat(line.path("summary").asText()).contains("Safe streets").contains("Safe and quiet streets");
        });
        assertThat(auditor.get(p + "/audit?type=ElementRetired").json().get("lines").get(0).get("reason").asText())
                .isEqualTo("Merged into green roofs");

        JsonNode integrity = koers.commands("auditor", "auditor").get(p + "/integrity").json();
        assertThat(integrity.get("verified").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.get("editions")).hasSize(3);
    }

    private static Map<String, String> titles(Response tree) {
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        Map<String, String> titles = new java.util.HashMap<>();
        collect(tree.json().get("elements"), titles);
        return titles;
    }

    private static void collect(JsonNode elements, Map<String, String> titles) {
        elements.forEach(element -> {
            titles.put(element.get("elementId").asText(), element.get("title").asText());
            if (element.has("children")) {
                collect(element.get("children"), titles);
            }
        });
    }

    private static List<String> ids(JsonNode elements) {
        List<String> ids = new ArrayList<>();
        elements.forEach(element -> ids.add(element.isTextual() ? element.asText() : element.get("elementId").asText()));
        return ids;
    }

    private static String status(JsonNode revisions, int number) {
        for (JsonNode revision : revisions) {
            if (revision.path("revisionNumber").asInt() == number) {
                return revision.path("status").asText();
            }
        }
        return null;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }
}
