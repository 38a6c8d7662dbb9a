package be.koers.query.plan;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.GhentPlan;
import be.koers.query.GhentRealisation;
import be.koers.query.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static be.koers.query.GhentMonitoring.figures;
import static be.koers.query.TreeJson.has;
import static be.koers.query.TreeJson.ids;
import static be.koers.query.TreeJson.node;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work carried out without being in the adopted plan: in the tree where it hangs, flagged with its cause, in both
 * views (it is in no edition, yet it is work done), kept by a discarded revision, and counted by the roll-ups.
 */
class UnplannedWorkTest extends QueryServiceIntegrationTest {

    private GhentPlan ghent;
    private GhentRealisation realisation;
    private String plan;

    @BeforeEach
    void publishAnAdoptedPlan() {
        ghent = new GhentPlan(TenantId.of("koersbeke"));
        realisation = new GhentRealisation(ghent);
        plan = "/api/plans/" + ghent.planId;
        events.publish(ghent.legislatureEvents());
        events.publish(ghent.planEvents());
        awaitPlanVersion(ghent.planId.value(), GhentPlan.VERSION);
    }

    @Test
    void unplannedWorkHangsInTheTreeFlaggedWithItsCauseWherePlannedElementsArePlanned() {
        publishAndAwaitPlan(List.of(realisation.popUpParkRecorded(), realisation.heatPlanRecorded()));

        for (String view : List.of("", "?view=adopted", "?view=draft")) {
            JsonNode tree = read(plan + view);
            JsonNode popUpPark = node(tree, realisation.popUpPark.value());
            assertThat(popUpPark.path("planned").asBoolean(true)).as(view).isFalse();
            assertThat(popUpPark.path("unplannedCause").asText()).isEqualTo("OPPORTUNITY");
            assertThat(popUpPark.path("causeExplanation").asText()).isEqualTo(GhentRealisation.POP_UP_PARK_CAUSE);
            assertThat(popUpPark.path("level").asText()).isEqualTo("ACTION");
            assertThat(popUpPark.path("title").asText()).isEqualTo(GhentRealisation.POP_UP_PARK);
            assertThat(popUpPark.path("owner").path("department").asText()).isEqualTo("Groendienst");
            assertThat(popUpPark.path("period").path("end").asText()).isEqualTo("2026-10-31");
            assertThat(popUpPark.path("tags").path("sdgs").toString()).isEqualTo("[11]");
            assertThat(popUpPark.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(popUpPark.has("continues")).isTrue();
            assertThat(popUpPark.path("continues").isNull()).isTrue();
            // it hangs where it contributes, after the planned siblings defined before it
            assertThat(ids(node(tree, ghent.maintainParks.value()).path("children")))
                    .containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value(), realisation.popUpPark.value());
            assertThat(node(tree, realisation.heatPlan.value()).path("unplannedCause").asText()).isEqualTo("IMPOSED_POLICY");
            JsonNode planned = node(tree, ghent.bloemekespark.value());
            assertThat(planned.path("planned").asBoolean(false)).isTrue();
            assertThat(planned.has("unplannedCause")).isFalse();
            assertThat(planned.has("causeExplanation")).isFalse();
        }

        JsonNode element = read(plan + "/elements/" + realisation.popUpPark);
        assertThat(element.path("planned").asBoolean(true)).isFalse();
        assertThat(element.path("unplannedCause").asText()).isEqualTo("OPPORTUNITY");
        assertThat(element.path("continues").isNull()).isTrue();
        assertThat(ids(element.path("ancestors"))).containsExactly(ghent.pillar.value(), ghent.greenSpace.value(),
                ghent.parkManagement.value(), ghent.maintainParks.value());
        JsonNode parent = read(plan + "/elements/" + ghent.maintainParks);
        assertThat(parent.path("planned").asBoolean(false)).isTrue();
        assertThat(node(parent.path("children"), realisation.popUpPark.value()).path("planned").asBoolean(true)).isFalse();

        assertThat(ids(search("planned=false"))).containsExactly(realisation.popUpPark.value(), realisation.heatPlan.value());
        assertThat(ids(search("planned=false&level=ACTION&view=adopted"))).containsExactly(realisation.popUpPark.value());
        assertThat(ids(search("planned=true&level=ACTION"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value());
        assertThat(ids(search("level=ACTION"))).containsExactly(ghent.bloemekespark.value(), ghent.cycleRoute.value(),
                realisation.popUpPark.value());
        JsonNode found = search("planned=false&department=Groendienst").get(0);
        assertThat(found.path("causeExplanation").asText()).isEqualTo(GhentRealisation.POP_UP_PARK_CAUSE);
        assertThat(viewer().get(plan + "/elements?planned=maybe").status()).isEqualTo(400);
        // no edition holds it
        assertThat(read(plan + "/editions").get(0).path("added").toString()).doesNotContain(realisation.popUpPark.value());
    }

    @Test
    void unplannedWorkIsInBothViewsOfAnOpenRevisionAndADiscardLeavesItAsItIsNow() {
        publishAndAwaitPlan(List.of(realisation.popUpParkRecorded()));
        publishAndAwaitPlan(List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 1, "Besparingsronde", null),
                new ItemRevised(ghent.tenant, ghent.planId, ghent.maintainParks, "Parken onderhouden", null, null, null, null),
                realisation.heatPlanRecorded(),
                new ElementMoved(ghent.tenant, ghent.planId, realisation.heatPlan, ghent.parkManagement, ghent.streetTrees),
                new OwnerReassigned(ghent.tenant, ghent.planId, realisation.heatPlan, GhentPlan.GREEN_SERVICE,
                        GhentPlan.MOBILITY),
                new ElementRetired(ghent.tenant, ghent.planId, realisation.popUpPark, "Terrein terug verkocht"),
                new ProgressReported(ghent.tenant, ghent.planId, realisation.heatPlan, ProgressStatus.STARTED,
                        ProgressStatus.NOT_STARTED, 20, "Schaduwplekken in kaart", null, null),
                new BudgetEstimated(ghent.tenant, ghent.planId, realisation.heatPlan, 2026,
                        figures("5000.00", "0.00", "0.00", "0.00", "0.20"))));

        JsonNode adopted = read(plan);
        assertThat(adopted.path("view").asText()).isEqualTo("adopted");
        assertThat(node(adopted, realisation.heatPlan.value()).path("planned").asBoolean(true)).isFalse();
        // moving, reassigning and retiring are changes of the revision, as for any item: not in the adopted view yet
        assertThat(node(adopted, realisation.heatPlan.value()).path("parentId").asText())
                .isEqualTo(ghent.parkManagement.value());
        assertThat(node(adopted, realisation.popUpPark.value()).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(node(adopted, ghent.maintainParks.value()).path("title").asText())
                .isEqualTo("Parken en groenzones aanleggen, beheren en onderhouden");
        assertThat(read(plan + "/elements/" + realisation.heatPlan + "?view=adopted").path("planned").asBoolean(true)).isFalse();
        JsonNode draft = read(plan + "?view=draft");
        assertThat(node(draft, realisation.heatPlan.value()).path("parentId").asText())
                .isEqualTo(ghent.streetTrees.value());
        assertThat(node(draft, realisation.heatPlan.value()).path("owner").path("department").asText())
                .isEqualTo("Mobiliteitsbedrijf");
        assertThat(has(draft, realisation.popUpPark.value())).isFalse();
        assertThat(node(draft, ghent.maintainParks.value()).path("title").asText()).isEqualTo("Parken onderhouden");

        // unplanned work is no plan content: the discard names only the planned item revised
        publishAndAwaitPlan(List.of(new RevisionDiscarded(ghent.tenant, ghent.planId, 1, "Niet gesteund", List.of(),
                List.of(ghent.maintainParks), List.of())));

        JsonNode afterwards = read(plan + "?includeRetired=true");
        assertThat(read(plan + "?view=draft&includeRetired=true").path("elements")).isEqualTo(afterwards.path("elements"));
        JsonNode heatPlan = node(afterwards, realisation.heatPlan.value());
        assertThat(heatPlan.path("planned").asBoolean(true)).isFalse();
        assertThat(heatPlan.path("causeExplanation").asText()).isEqualTo(GhentRealisation.HEAT_PLAN_CAUSE);
        // unplanned work is not plan content: as in the plan aggregate, the discard leaves its changes alone
        assertThat(heatPlan.path("parentId").asText()).isEqualTo(ghent.streetTrees.value());
        assertThat(heatPlan.path("owner").path("department").asText()).isEqualTo("Mobiliteitsbedrijf");
        assertThat(node(afterwards, realisation.popUpPark.value()).path("status").asText()).isEqualTo("RETIRED");
        assertThat(node(afterwards, ghent.maintainParks.value()).path("title").asText())
                .isEqualTo("Parken en groenzones aanleggen, beheren en onderhouden");
        // its progress and budget stay with it
        assertThat(read(plan + "/elements/" + realisation.heatPlan + "/progress").path("current").path("status").asText())
                .isEqualTo("STARTED");
        assertThat(exactJson(viewer().get(plan + "/elements/" + realisation.heatPlan + "/budget")).toString())
                .contains("5000.00");
    }

    @Test
    void theRollUpsCountUnplannedWorkAlsoInTheAdoptedViewOfAnOpenRevision() {
        publishAndAwaitPlan(List.of(realisation.popUpParkRecorded(),
                new ProgressReported(ghent.tenant, ghent.planId, realisation.popUpPark, ProgressStatus.DONE,
                        ProgressStatus.NOT_STARTED, 100, "Open voor publiek", null, null),
                new BudgetEstimated(ghent.tenant, ghent.planId, realisation.popUpPark, 2026,
                        figures("25000.10", "0.00", "4000.20", "1000.00", "0.50")),
                new BudgetActualsRecorded(ghent.tenant, ghent.planId, realisation.popUpPark, 2026,
                        figures("24000.05", "0.00", "4100.00", "1000.00", "0.40")),
                new RevisionOpened(ghent.tenant, ghent.planId, 1, "Aanpassing 2027", null)));

        for (String view : List.of("", "?view=draft")) {
            JsonNode status = read(plan + "/status" + view);
            JsonNode popUpPark = node(status, realisation.popUpPark.value());
            assertThat(popUpPark.path("planned").asBoolean(true)).as(view).isFalse();
            assertThat(popUpPark.path("status").asText()).isEqualTo("ON_TRACK");
            assertThat(popUpPark.path("progress").path("status").asText()).isEqualTo("ON_TRACK");
            assertThat(node(status, ghent.bloemekespark.value()).path("planned").asBoolean(false)).isTrue();
            // the only part with data up the tree, so it decides every status above it
            for (String above : List.of(ghent.maintainParks.value(), ghent.parkManagement.value(), ghent.greenSpace.value(),
                    ghent.pillar.value())) {
                assertThat(node(status, above).path("status").asText()).as(above).isEqualTo("ON_TRACK");
                assertThat(node(status, above).path("counts").path("onTrack").asInt()).as(above).isEqualTo(1);
            }
            assertThat(status.path("status").asText()).isEqualTo("ON_TRACK");

            JsonNode budget = exactJson(viewer().get(plan + "/budget?year=2026" + view.replace('?', '&')));
            JsonNode ownLine = node(budget, realisation.popUpPark.value());
            assertThat(ownLine.path("planned").asBoolean(true)).isFalse();
            JsonNode rolledUp = node(budget, ghent.maintainParks.value()).path("years").get(0).path("rolledUp");
            assertThat(rolledUp.path("estimate").path("operatingExpenditure").decimalValue()).isEqualTo(new BigDecimal("25000.10"));
            assertThat(rolledUp.path("actual").path("investmentExpenditure").decimalValue()).isEqualTo(new BigDecimal("4100.00"));
            JsonNode total = budget.path("totals").get(0);
            assertThat(total.path("year").asInt()).isEqualTo(2026);
            assertThat(total.path("estimate").path("investmentReceipts").decimalValue()).isEqualTo(new BigDecimal("1000.00"));
            assertThat(total.path("actual").path("staffFte").decimalValue()).isEqualTo(new BigDecimal("0.40"));
        }
    }

    private JsonNode search(String query) {
        return read(plan + "/elements?" + query).path("elements");
    }
}
