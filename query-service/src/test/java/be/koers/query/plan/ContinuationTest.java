package be.koers.query.plan;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static be.koers.query.TreeJson.node;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elements carrying over an element of the previous legislature's plan: shown on every element, replaced by a new
 * declaration, cleared by a withdrawal, and, not being plan content, left alone by revisions.
 */
class ContinuationTest extends QueryServiceIntegrationTest {

    private GhentPlan ghent;
    private GhentRealisation realisation;
    private String plan;

    @BeforeEach
    void publishAnAdoptedPlan() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        realisation = new GhentRealisation(ghent);
        plan = "/api/plans/" + ghent.planId;
        events.publish(ghent.planEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void everyElementShowsWhatItContinuesADeclarationReplacesAndAWithdrawalClears() {
        publishAndAwaitPlan(List.of(realisation.continues(ghent.greenSpace, realisation.previousGreenSpace)));

        for (String path : List.of("", "?view=draft")) {
            JsonNode tree = read(plan + path);
            assertContinues(node(tree, ghent.greenSpace.value()), realisation.previousGreenSpace);
            assertThat(node(tree, ghent.pillar.value()).path("continues").isNull()).isTrue();
        }
        assertContinues(read(plan + "/elements/" + ghent.greenSpace), realisation.previousGreenSpace);
        assertContinues(node(read(plan + "/elements/" + ghent.pillar).path("children"), ghent.greenSpace.value()),
                realisation.previousGreenSpace);
        assertContinues(node(read(plan + "/elements?level=STRATEGIC_GOAL").path("elements"), ghent.greenSpace.value()),
                realisation.previousGreenSpace);

        publishAndAwaitPlan(List.of(realisation.continues(ghent.greenSpace, realisation.previousParks)));
        assertContinues(node(read(plan), ghent.greenSpace.value()), realisation.previousParks);

        publishAndAwaitPlan(List.of(realisation.withdrawn(ghent.greenSpace, realisation.previousParks, "Verkeerd gekoppeld")));
        JsonNode greenSpace = read(plan + "/elements/" + ghent.greenSpace);
        assertThat(greenSpace.has("continues")).isTrue();
        assertThat(greenSpace.path("continues").isNull()).isTrue();
    }

    @Test
    void aRevisionNeitherCopiesNorVoidsAContinuationUnlessItsElementGoesWithTheRevision() {
        ElementId newAction = ElementId.generate();
        publishAndAwaitPlan(List.of(realisation.popUpParkRecorded(),
                new RevisionOpened(ghent.tenant, ghent.planId, 1, "Aanpassing 2027", null),
                realisation.continues(ghent.greenSpace, realisation.previousGreenSpace),
                realisation.continues(realisation.popUpPark, realisation.previousParks),
                new ItemDefined(ghent.tenant, ghent.planId, newAction, ghent.maintainParks, Level.ACTION, "Nieuwe actie", null,
                        GhentPlan.GREEN_SERVICE, ActionType.OPERATIONAL, null, null, Tags.NONE),
                realisation.continues(newAction, realisation.previousParks)));

        JsonNode adopted = read(plan);
        assertContinues(node(adopted, ghent.greenSpace.value()), realisation.previousGreenSpace);
        assertContinues(node(adopted, realisation.popUpPark.value()), realisation.previousParks);
        assertContinues(node(read(plan + "?view=draft"), newAction.value()), realisation.previousParks);

        publishAndAwaitPlan(List.of(new RevisionDiscarded(ghent.tenant, ghent.planId, 1, "Niet gesteund", List.of(newAction), List.of(),
                List.of())));

        for (String path : List.of("", "?view=draft")) {
            JsonNode tree = read(plan + path);
            assertContinues(node(tree, ghent.greenSpace.value()), realisation.previousGreenSpace);
            assertContinues(node(tree, realisation.popUpPark.value()), realisation.previousParks);
        }
        assertThat(viewer().get(plan + "/elements/" + newAction + "?view=draft").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM element_continuation WHERE element_id = ?").param(newAction.value())
                .query(Long.class).single()).isZero();
    }

    private void assertContinues(JsonNode element, ElementId previous) {
        assertThat(element.path("continues").path("planId").asText()).as(element.toString())
                .isEqualTo(realisation.previousPlan.value());
        assertThat(element.path("continues").path("elementId").asText()).as(element.toString()).isEqualTo(previous.value());
    }
}
