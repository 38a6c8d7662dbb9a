package be.koers.query.history;

import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.GhentRevisions;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.Timeline;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three editions with known instants and decision dates: the plan at instants between them, on dates, as each
 * edition adopted it, and what changed between them. Every event is a minute after the one before within a
 * session; each session starts on the day the council decided.
 */
class HistoryTest extends QueryServiceIntegrationTest {

    /** Plan events 0-18: drafted 18:00 … adopted (edition 1) 18:18. */
    private static final Instant PLAN_SESSION = Instant.parse("2025-12-18T18:00:00Z");
    /** Revision 1, events 19-25: opened 18:00 … adopted (edition 2) 18:06. */
    private static final Instant REVISION_1_SESSION = Instant.parse("2026-06-25T18:00:00Z");
    /** Revision 2, events 26-31: opened 08:00, changes 08:01-08:04, discarded 08:05. */
    private static final Instant REVISION_2_SESSION = Instant.parse("2026-09-07T08:00:00Z");
    /** Revision 3, events 32-40: opened 18:00 … adopted (edition 3) 18:08. */
    private static final Instant REVISION_3_SESSION = Instant.parse("2026-12-17T18:00:00Z");

    /** Unplanned work and a continuation, events 41-42 at 09:00 and 09:01; revision 4, events 43-44, edition 4 at 09:31. */
    private static final Instant REALISATION_SESSION = Instant.parse("2027-02-01T09:00:00Z");

    private GhentPlan ghent;
    private GhentRevisions revisions;
    private Timeline timeline;

    @BeforeEach
    void publishThreeEditionsAndADiscardedRevision() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        revisions = new GhentRevisions(ghent);
        timeline = new Timeline(PLAN_SESSION, Duration.ofMinutes(1));
        events.at(timeline);
        events.publish(ghent.planEvents());
        timeline.jumpTo(REVISION_1_SESSION);
        events.publish(revisions.revision1());
        timeline.jumpTo(REVISION_2_SESSION);
        events.publish(revisions.revision2Changes());
        events.publish(revisions.revision2Discarded());
        timeline.jumpTo(REVISION_3_SESSION);
        events.publish(revisions.revision3());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION + revisions.revision1().size()
                + revisions.revision2Changes().size() + 1 + revisions.revision3().size());
    }

    @Test
    void theWorkingPlanAtInstantsBetweenTheEditions() {
        JsonNode statementsOnly = asOf("instant=2025-12-18T18:03:30Z");
        assertThat(statementsOnly.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen.");
        assertThat(statementsOnly.path("coreValues").toString()).isEqualTo("[\"Openheid\",\"Verbinding\"]");
        assertThat(statementsOnly.path("elements")).isEmpty();
        assertThat(statementsOnly.has("edition")).isFalse();
        assertThat(statementsOnly.path("instant").asText()).isEqualTo("2025-12-18T18:03:30Z");

        // an event counts from its own instant on
        JsonNode fiveElements = asOf("instant=2025-12-18T18:08:00Z");
        assertThat(titles(fiveElements)).containsExactly("Ecologische en ruimtelijke pijler", "Voldoende groen",
                "Kwaliteitsbeheer en aanleg", "Parken en groenzones aanleggen, beheren en onderhouden", "Aanleg Bloemekespark");

        JsonNode duringRevision1 = asOf("instant=2026-06-25T18:02:30Z");
        assertThat(duringRevision1.path("edition").asInt()).isEqualTo(1);
        assertThat(titles(duringRevision1)).contains("Groen op wandelafstand", "Speelbos aanleggen");
        assertThat(node(duringRevision1, ghent.cycleRoute.value()).path("parentId").asText()).isEqualTo(ghent.maintainParks.value());

        // a revision discarded later shows in the working plan while it lasted …
        JsonNode duringRevision2 = asOf("instant=2026-09-07T08:04:30Z");
        assertThat(duringRevision2.path("edition").asInt()).isEqualTo(2);
        assertThat(titles(duringRevision2)).contains("Parken onderhouden", "Tijdelijk project");
        assertThat(duringRevision2.path("vision").asText()).isEqualTo("Een zuinige stad.");
        // … and from the discard on, the plan is edition 2 again
        JsonNode discarded = asOf("instant=2026-09-07T08:05:00Z&includeRetired=true");
        JsonNode edition2 = tree("/editions/2/tree?includeRetired=true");
        assertThat(discarded.path("elements")).isEqualTo(edition2.path("elements"));
        assertThat(discarded.path("vision").asText()).isEqualTo("Een groene, leefbare stad.");

        ApiClient.Response beforeDrafted = auditor().get("/api/plans/" + ghent.planId + "/as-of?instant=2025-12-18T17:59:59Z");
        assertProblem(beforeDrafted, 404, "instant", "before-plan-drafted");
    }

    @Test
    void theHistoryNowIsTheWorkingPlan() {
        JsonNode now = asOf("instant=2027-01-01T00:00:00Z&includeRetired=true");
        JsonNode working = auditor().get("/api/plans/" + ghent.planId + "?view=draft&includeRetired=true").json();

        assertThat(now.path("elements")).isEqualTo(working.path("elements"));
        assertThat(now.path("coreValues")).isEqualTo(working.path("coreValues"));
        assertThat(now.path("edition").asInt()).isEqualTo(3);
        assertThat(tree("/editions/3/tree?includeRetired=true").path("elements")).isEqualTo(working.path("elements"));
    }

    @Test
    void thePlanInForceOnADateIsTheLatestEditionDecidedByThen() {
        assertProblem(auditor().get("/api/plans/" + ghent.planId + "/as-of?date=2025-12-17"), 404, "date", "no-edition-in-force");

        JsonNode edition1 = asOf("date=2025-12-18");
        assertThat(edition1.path("edition").asInt()).isEqualTo(1);
        assertThat(edition1.path("decisionDate").asText()).isEqualTo("2025-12-18");
        assertThat(edition1.path("decisionReference").asText()).isEqualTo("GR-2025-1218");
        assertThat(edition1.path("instant").asText()).isEqualTo("2025-12-18T18:18:00Z");
        assertThat(titles(edition1)).containsExactly("Ecologische en ruimtelijke pijler", "Voldoende en kwaliteitsvol groen",
                "Kwaliteitsbeheer en aanleg", "Parken en groenzones aanleggen, beheren en onderhouden",
                "Aanleg en opening Bloemekespark", "Fietsroute door het park", "Straatbomen");
        assertThat(asOf("date=2026-06-24")).isEqualTo(edition1);
        assertThat(asOf("date=2025-12-18")).isEqualTo(tree("/editions/1/tree"));

        JsonNode edition2 = asOf("date=2026-06-25");
        assertThat(edition2.path("edition").asInt()).isEqualTo(2);
        assertThat(edition2.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen, ook morgen.");
        assertThat(titles(edition2)).containsExactly("Ecologische en ruimtelijke pijler", "Groen op wandelafstand",
                "Kwaliteitsbeheer en aanleg", "Parken en groenzones aanleggen, beheren en onderhouden", "Speelbos aanleggen",
                "Fietsroute door het park", "Straatbomen");
        assertThat(asOf("date=2026-12-16")).isEqualTo(edition2);

        JsonNode edition3 = asOf("date=2030-01-01");
        assertThat(edition3.path("edition").asInt()).isEqualTo(3);
        assertThat(titles(edition3)).containsExactly("Ecologische en ruimtelijke pijler", "Groen op wandelafstand",
                "Kwaliteitsbeheer en aanleg", "Parken en groenzones aanleggen, beheren en onderhouden",
                "Fietsroute door het park", "Stadsbossen", "Speelbos aanleggen");
        assertThat(node(edition3, revisions.playForest.value()).path("owner").path("department").asText()).isEqualTo("Stedenbouw");
        assertThat(asOf("date=2026-12-17")).isEqualTo(edition3);
        assertProblem(auditor().get("/api/plans/" + ghent.planId + "/editions/4/tree"), 404, "edition", "unknown-edition");
    }

    @Test
    void theDiffBetweenTwoEditionsAsJson() {
        JsonNode diff = diff("fromEdition=2&toEdition=3", "application/json").json();

        assertThat(diff.path("from").path("edition").asInt()).isEqualTo(2);
        assertThat(diff.path("from").path("instant").asText()).isEqualTo("2026-06-25T18:06:00Z");
        assertThat(diff.path("to").path("edition").asInt()).isEqualTo(3);
        assertThat(diff.path("to").path("decisionReference").asText()).isEqualTo("GR-2026-1217");
        assertThat(diff.path("added")).hasSize(1);
        assertThat(diff.path("added").get(0).path("elementId").asText()).isEqualTo(revisions.cityForests.value());
        assertThat(diff.path("added").get(0).path("title").asText()).isEqualTo("Stadsbossen");
        assertThat(diff.path("added").get(0).path("level").asText()).isEqualTo("OPERATIONAL_GOAL");
        assertThat(diff.path("removed")).hasSize(1);
        assertThat(diff.path("removed").get(0).path("title").asText()).isEqualTo("Straatbomen");
        assertThat(diff.path("removed").get(0).path("retired").asBoolean()).isTrue();
        assertThat(diff.path("removed").get(0).path("retiredReason").asText()).isEqualTo("Opgenomen in de stadsbossen");
        assertThat(diff.path("moved")).hasSize(1);
        JsonNode moved = diff.path("moved").get(0);
        assertThat(moved.path("elementId").asText()).isEqualTo(revisions.playForest.value());
        assertThat(moved.path("fromParent").path("title").asText()).isEqualTo("Parken en groenzones aanleggen, beheren en onderhouden");
        assertThat(moved.path("toParent").path("elementId").asText()).isEqualTo(revisions.cityForests.value());

        JsonNode changed = diff.path("changed");
        assertThat(changed).hasSize(3);
        assertThat(changed.get(0).path("elementId").asText()).isEqualTo(ghent.maintainParks.value());
        assertThat(changes(changed.get(0))).containsExactly("policyFields: Groen → Groen, Klimaat", "sdgs: 15 → 13, 15");
        assertThat(changed.get(1).path("title").asText()).isEqualTo("Fietsroute door het park");
        assertThat(changes(changed.get(1))).containsExactly("period: 2026-01-01 to 2027-12-31 → 2026-01-01 to 2028-06-30");
        assertThat(changed.get(2).path("title").asText()).isEqualTo("Speelbos aanleggen");
        assertThat(changes(changed.get(2))).containsExactly("department: Groendienst → Stedenbouw",
                "politicalOwner: Schepen van Groen → Schepen van Ruimte");
        assertThat(changes(diff.path("statements")))
                .containsExactly("coreValues: Openheid, Verbinding → Openheid, Verbinding, Duurzaamheid");
    }

    @Test
    void theDiffBetweenTwoEditionsAsAMarkdownReport() {
        ApiClient.Response response = diff("fromEdition=2&toEdition=3", "text/markdown");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/markdown");
        String report = response.body();
        assertThat(report).startsWith("# Changes to 'Meerjarenplan 2025-2030'\n\nFrom edition 2 (decided on 2026-06-25,"
                + " GR-2026-0625, adopted 2026-06-25T18:06:00Z) to edition 3 (decided on 2026-12-17, GR-2026-1217, adopted"
                + " 2026-12-17T18:08:00Z).\n");
        assertThat(report).contains("## Added\n\n- Goal 'Stadsbossen'\n");
        assertThat(report).contains("## Removed\n\n- Goal 'Straatbomen' retired: Opgenomen in de stadsbossen\n");
        assertThat(report).contains("## Moved\n\n- Action 'Speelbos aanleggen' moved from 'Parken en groenzones aanleggen,"
                + " beheren en onderhouden' to 'Stadsbossen'\n");
        assertThat(report).contains("## Changed\n\n"
                + "- Parken en groenzones aanleggen, beheren en onderhouden: policy fields 'Groen' → 'Groen, Klimaat'\n"
                + "- Parken en groenzones aanleggen, beheren en onderhouden: SDGs '15' → '13, 15'\n"
                + "- Fietsroute door het park: period '2026-01-01 to 2027-12-31' → '2026-01-01 to 2028-06-30'\n"
                + "- Speelbos aanleggen: department 'Groendienst' → 'Stedenbouw'\n"
                + "- Speelbos aanleggen: political owner 'Schepen van Groen' → 'Schepen van Ruimte'\n");
        assertThat(report).contains("## Statements\n\n- core values 'Openheid, Verbinding' → 'Openheid, Verbinding, Duurzaamheid'\n");
        assertThat(diff("fromEdition=2&toEdition=3&format=markdown", "application/json").body()).isEqualTo(report);
    }

    @Test
    void aDiffMixesEditionsAndInstants() {
        JsonNode intoRevision2 = diff("fromEdition=2&to=2026-09-07T08:04:30Z", "application/json").json();
        assertThat(intoRevision2.path("to").path("instant").asText()).isEqualTo("2026-09-07T08:04:30Z");
        assertThat(intoRevision2.path("to").path("edition").asInt()).isEqualTo(2);
        assertThat(titles(intoRevision2.path("added"))).containsExactly("Tijdelijk project");
        assertThat(changes(intoRevision2.path("changed").get(0)))
                .containsExactly("title: Parken en groenzones aanleggen, beheren en onderhouden → Parken onderhouden");
        assertThat(changes(intoRevision2.path("statements"))).containsExactly("vision: Een groene, leefbare stad. → Een zuinige stad.");

        JsonNode afterTheDiscard = diff("from=2026-09-07T08:05:00Z&toEdition=2", "application/json").json();
        assertThat(afterTheDiscard.path("added")).isEmpty();
        assertThat(afterTheDiscard.path("removed")).isEmpty();
        assertThat(afterTheDiscard.path("moved")).isEmpty();
        assertThat(afterTheDiscard.path("changed")).isEmpty();
        assertThat(afterTheDiscard.path("statements")).isEmpty();
    }

    @Test
    void unplannedWorkIsInTheTreeAtAnInstantButInNoEditionNorDiff() {
        GhentRealisation realisation = new GhentRealisation(ghent);
        timeline.jumpTo(REALISATION_SESSION);
        events.publish(List.of(realisation.popUpParkRecorded(),
                realisation.continues(ghent.greenSpace, realisation.previousGreenSpace)));
        timeline.jumpTo(REALISATION_SESSION.plus(Duration.ofMinutes(30)));
        publishAndAwaitPlan(List.of(new RevisionOpened(ghent.tenant, ghent.planId, 4, "Aanpassing 2028", null),
                new RevisionAdopted(ghent.tenant, ghent.planId, 4, 4, "Aanpassing 2028", LocalDate.of(2027, 3, 1),
                        "GR-2027-0301", List.of(), List.of(), List.of())));

        assertThat(titles(asOf("instant=2027-02-01T08:59:59Z"))).doesNotContain(GhentRealisation.POP_UP_PARK);
        JsonNode recorded = asOf("instant=2027-02-01T09:00:30Z");
        JsonNode popUpPark = node(recorded, realisation.popUpPark.value());
        assertThat(popUpPark.path("planned").asBoolean(true)).isFalse();
        assertThat(popUpPark.path("unplannedCause").asText()).isEqualTo("OPPORTUNITY");
        assertThat(popUpPark.path("causeExplanation").asText()).isEqualTo(GhentRealisation.POP_UP_PARK_CAUSE);
        assertThat(popUpPark.path("parentId").asText()).isEqualTo(ghent.maintainParks.value());
        assertThat(node(recorded, ghent.greenSpace.value()).path("continues").isNull()).isTrue();
        // a continuation counts from its declaration on, like any change of what the tree shows
        assertThat(node(asOf("instant=2027-02-01T09:01:00Z"), ghent.greenSpace.value()).path("continues").path("elementId")
                .asText()).isEqualTo(realisation.previousGreenSpace.value());
        JsonNode now = asOf("instant=2027-03-01T00:00:00Z&includeRetired=true");
        assertThat(now.path("elements"))
                .isEqualTo(auditor().get("/api/plans/" + ghent.planId + "?includeRetired=true").json().path("elements"));

        // an edition holds plan content only, also the one adopted after the work was recorded
        JsonNode edition4 = tree("/editions/4/tree");
        assertThat(titles(edition4)).doesNotContain(GhentRealisation.POP_UP_PARK)
                .containsExactlyElementsOf(titles(tree("/editions/3/tree")));
        assertThat(node(edition4, ghent.greenSpace.value()).path("continues").path("planId").asText())
                .isEqualTo(realisation.previousPlan.value());
        assertThat(node(tree("/editions/3/tree"), ghent.greenSpace.value()).path("continues").isNull()).isTrue();
        assertThat(asOf("date=2027-03-01")).isEqualTo(edition4);

        // a diff compares plan content: neither the work nor the continuation is a change of the plan
        for (String query : List.of("fromEdition=3&toEdition=4", "fromEdition=3&to=2027-02-01T09:05:00Z",
                "from=2027-02-01T08:00:00Z&to=2027-02-01T09:05:00Z", "from=2027-02-01T09:05:00Z&toEdition=3")) {
            JsonNode diff = diff(query, "application/json").json();
            for (String part : List.of("added", "removed", "moved", "changed", "statements")) {
                assertThat(diff.path(part)).as(query + " " + part).isEmpty();
            }
        }
    }

    @Test
    void refusesUnclearMoments() {
        String plan = "/api/plans/" + ghent.planId;
        assertProblem(auditor().get(plan + "/diff?toEdition=3"), 400, "from", "required");
        assertProblem(auditor().get(plan + "/diff?fromEdition=1&from=2026-01-01T00:00:00Z&toEdition=3"), 422,
                "fromEdition", "mutually-exclusive");
        assertProblem(auditor().get(plan + "/diff?fromEdition=1&toEdition=9"), 404, "toEdition", "unknown-edition");
        assertProblem(auditor().get(plan + "/diff?from=yesterday&toEdition=3"), 400, "from", "malformed-value");
        assertProblem(auditor().get(plan + "/diff?fromEdition=1&toEdition=3&format=pdf"), 400, "format", "malformed-value");
        assertProblem(auditor().get(plan + "/as-of"), 400, "instant", "required");
        assertProblem(auditor().get(plan + "/as-of?date=2026-01-01&instant=2026-01-01T00:00:00Z"), 422, "date", "mutually-exclusive");
        assertProblem(auditor().get(plan + "/as-of?date=01/01/2026"), 400, "date", "malformed-value");
        assertProblem(auditor().get("/api/plans/no-such-plan/as-of?date=2026-01-01"), 404, "planId", "unknown-plan");
        assertProblem(auditor().withHeader("Accept", "text/markdown").get("/api/plans/no-such-plan/diff?fromEdition=1&toEdition=2"),
                404, "planId", "unknown-plan");
    }

    private JsonNode asOf(String query) {
        return tree("/as-of?" + query);
    }

    private JsonNode tree(String path) {
        ApiClient.Response response = auditor().get("/api/plans/" + ghent.planId + path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient.Response diff(String query, String accept) {
        return auditor().withHeader("Accept", accept).get("/api/plans/" + ghent.planId + "/diff?" + query);
    }

    private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(response.json().path("rule").asText()).as(response.toString()).isEqualTo(rule);
    }

    private static List<String> changes(JsonNode withFields) {
        List<String> changes = new ArrayList<>();
        (withFields.has("fields") ? withFields.path("fields") : withFields).forEach(change -> changes.add(
                change.path("field").asText() + ": " + change.path("from").asText() + " → " + change.path("to").asText()));
        return changes;
    }

    private static JsonNode node(JsonNode tree, String elementId) {
        List<JsonNode> found = new ArrayList<>();
        find(tree.path("elements"), elementId, found);
        assertThat(found).as(elementId).hasSize(1);
        return found.get(0);
    }

    private static void find(JsonNode nodes, String elementId, List<JsonNode> found) {
        for (JsonNode node : nodes) {
            if (node.path("elementId").asText().equals(elementId)) {
                found.add(node);
            }
            find(node.path("children"), elementId, found);
        }
    }

    private static List<String> titles(JsonNode tree) {
        List<String> titles = new ArrayList<>();
        collect(tree.has("elements") ? tree.path("elements") : tree, titles);
        return titles;
    }

    private static void collect(JsonNode nodes, List<String> titles) {
        for (JsonNode node : nodes) {
            titles.add(node.path("title").asText());
            collect(node.path("children"), titles);
        }
    }
}
