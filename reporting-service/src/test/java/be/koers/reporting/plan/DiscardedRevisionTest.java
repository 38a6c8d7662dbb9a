package be.koers.reporting.plan;

import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.reporting.ReportingServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A discarded revision in the reports: what it added goes, with the progress, budget and continuation rows kept of
 * it; what it changed is back as the adopted edition has it, in the adopted view and in the draft. Each test revises
 * a plan of its own: an adopted goal G with action plan AP and action A1 (estimated and reported on).
 */
class DiscardedRevisionTest extends ReportingServiceTest {

    private static final TenantId TENANT = TenantId.of("koersbeke");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDiscardTakesTheRowsOfTheElementsTheRevisionAddedWithIt() {
        AdoptedPlan plan = new AdoptedPlan("discard-added");
        publish(plan.adopted());
        JsonNode adoptedBefore = awaitItems(plan, "ADOPTED", items -> items.size() == 1);
        publish(List.of(new RevisionOpened(TENANT, plan.id, 1, "Aanpassing", null),
                new GoalDefined(TENANT, plan.id, plan.element("G9"), null, Level.POLICY_GOAL, "Nieuw doel", null, null, false,
                        Tags.NONE),
                new ContinuationDeclared(TENANT, plan.id, plan.element("G9"), PlanId.of("discard-added-plan-2019"),
                        ElementId.of("discard-added-G0")),
                plan.action("A9", "Nieuwe actie"),
                plan.estimate("A9", "5000.00"),
                plan.progress("A9", 30)));
        await().atMost(PATIENCE).until(() -> rowsOf(plan, "report_element", "G9", "A9") == 2
                && rowsOf(plan, "item_progress", "A9") == 1 && rowsOf(plan, "budget_line", "A9") == 1
                && rowsOf(plan, "continuation", "G9") == 1);

        publish(List.of(new RevisionDiscarded(TENANT, plan.id, 1, "Niet gesteund", List.of(plan.element("G9"), plan.element("A9")),
                List.of(), List.of())));

        await().atMost(PATIENCE).until(() -> rowsOf(plan, "report_element", "G9", "A9") == 0);
        assertThat(rowsOf(plan, "item_progress", "A9")).isZero();
        assertThat(rowsOf(plan, "budget_line", "A9")).isZero();
        assertThat(rowsOf(plan, "continuation", "G9")).isZero();
        assertThat(rowsOf(plan, "item_progress", "A1") + rowsOf(plan, "budget_line", "A1")).as("the adopted action's").isEqualTo(2);
        assertThat(items(plan, "ADOPTED")).isEqualTo(adoptedBefore);
        assertThat(items(plan, "DRAFT")).isEqualTo(adoptedBefore);
    }

    @Test
    void aDiscardPutsWhatTheRevisionChangedBackAsTheAdoptedEditionHasIt() {
        AdoptedPlan plan = new AdoptedPlan("discard-changed");
        publish(plan.adopted());
        JsonNode adoptedBefore = awaitItems(plan, "ADOPTED", items -> items.size() == 1);
        publish(List.of(new RevisionOpened(TENANT, plan.id, 1, "Aanpassing", null), plan.revised("A1", "Gewijzigde actie"),
                new OwnerReassigned(TENANT, plan.id, plan.element("A1"), plan.owner, new Owner("ICT department", "Schepen ICT")),
                new ElementRetagged(TENANT, plan.id, plan.element("A1"), plan.tags("Digital"))));
        awaitItems(plan, "DRAFT", items -> items.path(0).path("title").asText().equals("Gewijzigde actie")
                && items.path(0).path("department").asText().equals("ICT department"));
        assertThat(items(plan, "ADOPTED")).as("the adopted view while the revision is open").isEqualTo(adoptedBefore);

        publish(List.of(new RevisionDiscarded(TENANT, plan.id, 1, "Niet gesteund", List.of(), List.of(plan.element("A1")),
                List.of())));

        awaitItems(plan, "DRAFT", items -> items.equals(adoptedBefore));
        assertThat(items(plan, "ADOPTED")).isEqualTo(adoptedBefore);
    }

    /** Revision 1 of the event did not say what the discard voids: the copy of the adopted edition does. */
    @Test
    void aDiscardThatDoesNotSayWhatItVoidsGoesBackToTheAdoptedEditionAsWell() {
        AdoptedPlan plan = new AdoptedPlan("discard-unsaid");
        publish(plan.adopted());
        JsonNode adoptedBefore = awaitItems(plan, "ADOPTED", items -> items.size() == 1);
        publish(List.of(new RevisionOpened(TENANT, plan.id, 1, "Aanpassing", null), plan.revised("A1", "Gewijzigde actie"),
                plan.action("A9", "Nieuwe actie"), plan.progress("A9", 30)));
        awaitItems(plan, "DRAFT", items -> items.path(0).path("title").asText().equals("Gewijzigde actie"));
        await().atMost(PATIENCE).until(() -> rowsOf(plan, "item_progress", "A9") == 1);

        publish(List.of(new RevisionDiscarded(TENANT, plan.id, 1, "Niet gesteund", null, null, null)));

        awaitItems(plan, "DRAFT", items -> items.equals(adoptedBefore));
        assertThat(items(plan, "ADOPTED")).isEqualTo(adoptedBefore);
        assertThat(rowsOf(plan, "report_element", "A9")).isZero();
        assertThat(rowsOf(plan, "item_progress", "A9")).as("not known to be removed: left, and read by no report").isEqualTo(1);
    }

    private JsonNode awaitItems(AdoptedPlan plan, String view, Predicate<JsonNode> ready) {
        return awaitJson(planner(), itemsPath(plan, view), ready);
    }

    private JsonNode items(AdoptedPlan plan, String view) {
        return planner().get(itemsPath(plan, view)).json();
    }

    private static String itemsPath(AdoptedPlan plan, String view) {
        return "/api/plans/" + plan.id.value() + "/realisation/items?view=" + view;
    }

    private long rowsOf(AdoptedPlan plan, String table, String... elements) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE plan_id = :planId AND element_id IN (:elements)")
                .param("planId", plan.id.value())
                .param("elements", Arrays.stream(elements).map(name -> plan.element(name).value()).toList())
                .query(Long.class)
                .single();
    }

    /** An adopted plan of one goal G, one action plan AP and one action A1, estimated and reported on. */
    private static final class AdoptedPlan {

        final String prefix;
        final PlanId id;
        final Owner owner = new Owner("Mobility department", "Schepen Mobiliteit");
        private final LegislatureId legislature;

        AdoptedPlan(String prefix) {
            this.prefix = prefix;
            this.id = PlanId.of(prefix + "-plan");
            this.legislature = LegislatureId.of(prefix + "-legislature");
        }

        ElementId element(String name) {
            return ElementId.of(prefix + "-" + name);
        }

        List<TenantScoped> adopted() {
            return List.of(new LegislatureCreated(TENANT, legislature, "Legislatuur 2025-2030", 2025, 2030),
                    new PlanDrafted(TENANT, id, legislature, "Meerjarenplan", PlanTemplate.BBC, 2025, 2030),
                    new PlanAttachedToLegislature(TENANT, legislature, id),
                    new GoalDefined(TENANT, id, element("G"), null, Level.POLICY_GOAL, "Vlot verkeer", null, "Resultaat", true,
                            tags("Mobility")),
                    new ActionPlanDefined(TENANT, id, element("AP"), element("G"), "Actieplan", null, period(), Tags.NONE),
                    action("A1", "Fietsstraten invoeren"),
                    estimate("A1", "100000.00"),
                    new PlanAdopted(TENANT, id, LocalDate.of(2025, 12, 18), "GR-2025-1"),
                    progress("A1", 60));
        }

        ItemDefined action(String name, String title) {
            return new ItemDefined(TENANT, id, element(name), element("AP"), Level.ACTION, title, null, owner,
                    ActionType.OPERATIONAL, List.of(), period(), Tags.NONE);
        }

        ItemRevised revised(String name, String title) {
            return new ItemRevised(TENANT, id, element(name), title, null, ActionType.OPERATIONAL, List.of(),
                    new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        }

        BudgetEstimated estimate(String name, String operatingExpenditure) {
            return new BudgetEstimated(TENANT, id, element(name), 2026,
                    new BudgetFigures(Euro.of(operatingExpenditure), null, null, null, null));
        }

        ProgressReported progress(String name, int percent) {
            return new ProgressReported(TENANT, id, element(name), ProgressStatus.STARTED, ProgressStatus.NOT_STARTED, percent,
                    null, null, null);
        }

        Tags tags(String policyField) {
            return new Tags(new TreeSet<>(List.of(policyField)), new TreeSet<>(), new TreeSet<>(), null);
        }

        private static Period period() {
            return new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        }
    }
}
