package be.koers.query.revision;

import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentMonitoring;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRevisions;
import be.koers.query.QueryServiceIntegrationTest;
import be.koers.query.Timeline;
import be.koers.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a revision is open, readers see the adopted edition by default and the draft when they ask; adopting makes
 * the draft the next edition, discarding puts the working plan back to the last edition.
 */
class RevisionViewTest extends QueryServiceIntegrationTest {

    private static final Instant REVISION_1_OPENED = Instant.parse("2026-05-04T08:00:00Z");

    private GhentPlan ghent;
    private GhentRevisions revisions;
    private Timeline timeline;
    private long version;

    @BeforeEach
    void publishAnAdoptedPlan() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        revisions = new GhentRevisions(ghent);
        timeline = new Timeline(Instant.parse("2025-11-03T09:00:00Z"), Duration.ofMinutes(1));
        events.publish(ghent.legislatureEvents());
        events.at(timeline);
        publish(ghent.planEvents());
    }

    @Test
    void anOpenRevisionIsTheDraftWhileReadersSeeTheAdoptedEdition() {
        timeline.jumpTo(REVISION_1_OPENED);
        List<PlanEvent> revision1 = revisions.revision1();
        publish(revision1.subList(0, revision1.size() - 1));

        JsonNode adopted = plan("");
        assertThat(adopted.path("view").asText()).isEqualTo("adopted");
        assertThat(adopted.path("edition").asInt()).isEqualTo(1);
        assertThat(adopted.path("openRevision").path("revisionNumber").asInt()).isEqualTo(1);
        assertThat(adopted.path("openRevision").path("name").asText()).isEqualTo(GhentRevisions.REVISION_1);
        assertThat(adopted.path("openRevision").path("openedAt").asText()).isEqualTo(REVISION_1_OPENED.toString());
        assertThat(adopted.path("openRevision").path("openedBy").asText()).isEqualTo("planner");
        assertThat(adopted.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen.");
        assertThat(titles(adopted)).contains("Voldoende en kwaliteitsvol groen", "Aanleg en opening Bloemekespark")
                .doesNotContain("Groen op wandelafstand", "Speelbos aanleggen");
        assertThat(adopted.path("version").asLong()).isEqualTo(version - 1);

        JsonNode draft = plan("?view=draft");
        assertThat(draft.path("view").asText()).isEqualTo("draft");
        assertThat(draft.path("edition").asInt()).isEqualTo(1);
        assertThat(draft.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen, ook morgen.");
        assertThat(titles(draft)).contains("Groen op wandelafstand", "Speelbos aanleggen")
                .doesNotContain("Voldoende en kwaliteitsvol groen", "Aanleg en opening Bloemekespark");

        String playForest = "/api/plans/" + ghent.planId + "/elements/" + revisions.playForest;
        assertThat(auditor().get(playForest).status()).isEqualTo(404);
        assertThat(auditor().get(playForest + "?view=draft").json().path("title").asText()).isEqualTo("Speelbos aanleggen");
        assertThat(auditor().get(playForest + "?view=draft").json().path("ancestors").get(2).path("title").asText())
                .isEqualTo("Kwaliteitsbeheer en aanleg");
        JsonNode cycleRouteAdopted = auditor().get("/api/plans/" + ghent.planId + "/elements/" + ghent.cycleRoute).json();
        assertThat(cycleRouteAdopted.path("parentId").asText()).isEqualTo(ghent.maintainParks.value());
        assertThat(ids(search("level=ACTION"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value());
        assertThat(ids(search("level=ACTION&view=draft")))
                .containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value(), revisions.playForest.value());
        assertThat(ids(search("status=RETIRED&view=draft"))).contains(ghent.bloemekespark.value());
        // status and budget roll up along the adopted tree by default, along the draft when asked
        assertThat(statusIds("")).doesNotContain(revisions.playForest.value());
        assertThat(statusIds("?view=draft")).contains(revisions.playForest.value());

        publish(List.of(revision1.get(revision1.size() - 1)));

        JsonNode edition2 = plan("");
        assertThat(edition2.path("edition").asInt()).isEqualTo(2);
        assertThat(edition2.path("openRevision").isNull()).isTrue();
        assertThat(edition2.path("decisionDate").asText()).isEqualTo("2026-06-25");
        assertThat(edition2.path("decisionReference").asText()).isEqualTo("GR-2026-0625");
        assertThat(edition2.path("mission").asText()).isEqualTo("Gent is een stad voor iedereen, ook morgen.");
        assertThat(titles(edition2)).contains("Groen op wandelafstand", "Speelbos aanleggen");
        assertThat(plan("?view=draft").path("elements")).isEqualTo(edition2.path("elements"));
    }

    @Test
    void aDiscardedRevisionLeavesTheWorkingPlanAsTheLastEditionAndNoTraceInAnyAdoptedView() {
        timeline.jumpTo(REVISION_1_OPENED);
        publish(revisions.revision1());
        JsonNode edition2 = plan("?includeRetired=true");
        JsonNode edition2Tree = tree("/editions/2/tree?includeRetired=true");

        timeline.jumpTo(Instant.parse("2026-09-07T08:00:00Z"));
        publish(revisions.revision2Changes());
        assertThat(titles(plan("?view=draft"))).contains("Parken onderhouden", "Tijdelijk project");
        assertThat(auditor().get("/api/plans/" + ghent.planId + "/elements/" + revisions.temporaryProject + "/progress")
                .json().path("current").path("status").asText()).isEqualTo("STARTED");
        publish(List.of(revisions.revision2Discarded()));

        JsonNode working = plan("?view=draft&includeRetired=true");
        assertThat(working.path("elements")).isEqualTo(edition2.path("elements"));
        assertThat(working.path("vision").asText()).isEqualTo(edition2.path("vision").asText());
        assertThat(working.path("openRevision").isNull()).isTrue();
        assertThat(working.path("edition").asInt()).isEqualTo(2);
        assertThat(plan("?includeRetired=true").path("elements")).isEqualTo(edition2.path("elements"));
        // the element only the discarded revision had is gone, with its progress
        assertThat(auditor().get("/api/plans/" + ghent.planId + "/elements/" + revisions.temporaryProject + "?view=draft")
                .status()).isEqualTo(404);
        assertThat(auditor().get("/api/plans/" + ghent.planId + "/elements/" + revisions.temporaryProject + "/progress")
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM item_progress_history WHERE element_id = ?")
                .param(revisions.temporaryProject.value()).query(Long.class).single()).isZero();
        // no adopted view ever had its changes
        assertThat(tree("/editions/2/tree?includeRetired=true")).isEqualTo(edition2Tree);
        assertThat(titles(tree("/as-of?date=2026-12-31&includeRetired=true")))
                .doesNotContain("Parken onderhouden", "Tijdelijk project");
        JsonNode editions = auditor().get("/api/plans/" + ghent.planId + "/editions").json();
        assertThat(editions).hasSize(2);

        JsonNode revisionLog = auditor().get("/api/plans/" + ghent.planId + "/revisions").json();
        assertThat(revisionLog).hasSize(2);
        assertThat(revisionLog.get(0).path("status").asText()).isEqualTo("ADOPTED");
        assertThat(revisionLog.get(0).path("edition").asInt()).isEqualTo(2);
        JsonNode discarded = revisionLog.get(1);
        assertThat(discarded.path("revisionNumber").asInt()).isEqualTo(2);
        assertThat(discarded.path("name").asText()).isEqualTo(GhentRevisions.REVISION_2);
        assertThat(discarded.path("status").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.path("discardReason").asText()).isEqualTo("Niet gesteund door het college");
        assertThat(discarded.path("openedAt").asText()).isEqualTo("2026-09-07T08:00:00Z");
        assertThat(discarded.path("closedAt").asText()).isEqualTo("2026-09-07T08:05:00Z");
        assertThat(discarded.has("edition")).isFalse();
    }

    @Test
    void theEditionLogNamesWhatEachEditionAddedReplacedAndRetired() {
        timeline.jumpTo(REVISION_1_OPENED);
        publish(revisions.revision1());

        JsonNode editions = auditor().get("/api/plans/" + ghent.planId + "/editions").json();

        assertThat(editions).hasSize(2);
        JsonNode first = editions.get(0);
        assertThat(first.path("edition").asInt()).isEqualTo(1);
        assertThat(first.has("revisionNumber")).isFalse();
        assertThat(first.path("description").asText()).isEqualTo("Adopted plan");
        assertThat(first.path("decisionDate").asText()).isEqualTo("2025-12-18");
        assertThat(first.path("decisionReference").asText()).isEqualTo("GR-2025-1218");
        assertThat(first.path("adoptedAt").asText()).isEqualTo("2025-11-03T09:18:00Z");
        assertThat(first.path("adoptedBy").asText()).isEqualTo("planner");
        assertThat(ids(first.path("added"))).containsExactly(ghent.pillar.value(), ghent.greenSpace.value(),
                ghent.parkManagement.value(), ghent.maintainParks.value(), ghent.bloemekespark.value(),
                ghent.cycleRoute.value(), ghent.streetTrees.value());
        assertThat(first.path("replaced")).isEmpty();
        JsonNode second = editions.get(1);
        assertThat(second.path("edition").asInt()).isEqualTo(2);
        assertThat(second.path("revisionNumber").asInt()).isEqualTo(1);
        assertThat(second.path("description").asText()).isEqualTo(GhentRevisions.REVISION_1);
        assertThat(second.path("decisionDate").asText()).isEqualTo("2026-06-25");
        assertThat(second.path("adoptedAt").asText()).isEqualTo("2026-05-04T08:06:00Z");
        assertThat(second.path("added").get(0).path("title").asText()).isEqualTo("Speelbos aanleggen");
        assertThat(second.path("added").get(0).path("level").asText()).isEqualTo("ACTION");
        assertThat(titles(second.path("replaced"))).containsExactly("Groen op wandelafstand", "Fietsroute door het park");
        assertThat(titles(second.path("retired"))).containsExactly("Aanleg en opening Bloemekespark");
    }

    @Test
    void aPlanNeverAdoptedHasOnlyADraft() {
        PlanId draftOnly = PlanId.generate();
        events.publish(new PlanDrafted(ghent.tenant, draftOnly, LegislatureId.generate(), "Ontwerp", PlanTemplate.GHENT, 2025, 2030));
        JsonNode plan = awaitPlanVersion(draftOnly.value(), 0);

        assertThat(plan.path("view").asText()).isEqualTo("draft");
        assertThat(plan.path("edition").isNull()).isTrue();
        assertThat(plan.path("openRevision").isNull()).isTrue();
        assertThat(auditor().get("/api/plans/" + draftOnly + "?view=draft").status()).isEqualTo(200);
        assertThat(auditor().get("/api/plans/" + draftOnly + "/editions").json()).isEmpty();
        for (String path : List.of("?view=adopted", "/elements?view=adopted", "/elements/x?view=ADOPTED")) {
            ApiClient.Response refused = auditor().get("/api/plans/" + draftOnly + path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("field").asText()).isEqualTo("view");
            assertThat(refused.json().path("rule").asText()).isEqualTo("no-adopted-edition");
        }
        ApiClient.Response malformed = auditor().get("/api/plans/" + draftOnly + "?view=final");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asText()).isEqualTo("view");
        assertThat(malformed.json().path("rule").asText()).isEqualTo("malformed-value");
    }

    /** A discard that lists what it removed takes the removed element's progress and budget out of their tables. */
    @Test
    void aDiscardThatListsWhatItRemovedTakesTheRemovedElementsMonitoringWithIt() {
        publish(revisions.revision1());
        List<PlanEvent> changes = new ArrayList<>(revisions.revision2Changes());
        changes.add(new BudgetEstimated(ghent.tenant, ghent.planId, revisions.temporaryProject, 2026,
                GhentMonitoring.figures("5000.00", "0.00", "0.00", "0.00", "0.20")));
        publish(changes);
        List<String> monitoring = List.of("item_progress", "item_progress_history", "budget_line", "budget_history");
        assertThat(monitoring).allSatisfy(table -> assertThat(rowsOfTemporaryProject(table)).as(table).isPositive());

        publish(List.of(revisions.revision2Discarded()));

        assertThat(monitoring).allSatisfy(table -> assertThat(rowsOfTemporaryProject(table)).as(table).isZero());
    }

    private long rowsOfTemporaryProject(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE element_id = ?")
                .param(revisions.temporaryProject.value()).query(Long.class).single();
    }

    /**
     * A discard stored before RevisionDiscarded listed what it removed (revision 1, read with the lists null) leaves
     * the progress of the removed element in its table, as the progress projection cannot tell which elements went;
     * no reader shows it, each reaching progress through an element the plan has.
     */
    @Test
    void aDiscardThatDoesNotListWhatItRemovedLeavesNoReadableProgressOfTheRemovedElement() {
        publish(revisions.revision1());
        publish(revisions.revision2Changes());
        publish(List.of(new RevisionDiscarded(ghent.tenant, ghent.planId, 2, "Niet gesteund door het college", null, null,
                null)));

        assertThat(jdbc.sql("SELECT count(*) FROM item_progress WHERE element_id = ?")
                .param(revisions.temporaryProject.value()).query(Long.class).single()).isOne();
        assertThat(auditor().get("/api/plans/" + ghent.planId + "/elements/" + revisions.temporaryProject + "/progress")
                .status()).isEqualTo(404);
        for (String view : List.of("adopted", "draft")) {
            for (String readModel : List.of("/status", "/budget")) {
                ApiClient.Response response = auditor().get("/api/plans/" + ghent.planId + readModel + "?view=" + view);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(response.json().toString()).doesNotContain(revisions.temporaryProject.value());
            }
        }
    }

    private void publish(List<? extends PlanEvent> planEvents) {
        events.publish(planEvents);
        version += planEvents.size();
        awaitPlanVersion(ghent.planId.value(), version - 1);
    }

    private JsonNode plan(String query) {
        ApiClient.Response response = auditor().get("/api/plans/" + ghent.planId + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode tree(String path) {
        ApiClient.Response response = auditor().get("/api/plans/" + ghent.planId + path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode search(String query) {
        return auditor().get("/api/plans/" + ghent.planId + "/elements?" + query).json().path("elements");
    }

    private List<String> statusIds(String query) {
        List<String> ids = new ArrayList<>();
        collect(auditor().get("/api/plans/" + ghent.planId + "/status" + query).json().path("elements"), "elementId", ids);
        return ids;
    }

    static List<String> titles(JsonNode node) {
        List<String> titles = new ArrayList<>();
        collect(node.has("elements") ? node.path("elements") : node, "title", titles);
        return titles;
    }

    static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(node -> ids.add(node.path("elementId").asText()));
        return ids;
    }

    private static void collect(JsonNode nodes, String field, List<String> into) {
        for (JsonNode node : nodes) {
            into.add(node.path(field).asText());
            collect(node.path("children"), field, into);
        }
    }
}
