package be.koers.command.plan;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.EstimateBudget;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.budget.RecordBudgetActuals;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import be.koers.planning.api.realisation.RecordUnplannedWork;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.AdoptRevision;
import be.koers.planning.api.revision.DiscardRevision;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static be.koers.command.plan.PlanRevisionTest.adopted;
import static be.koers.command.plan.PlanRevisionTest.discarded;
import static be.koers.command.plan.PlanRevisionTest.opened;
import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;
import static be.koers.planning.api.plan.Level.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Work carried out outside the adopted plan: placed like any item, needing no revision, and never lost by one. */
class UnplannedWorkTest {

    static final ElementId POCKET_PARK = ElementId.of("pocket-park");
    static final String CAUSE = "The fire station site came free";

    FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    static RecordUnplannedWork record(ElementId parent, Level level, ActionType type, Period period) {
        return new RecordUnplannedWork(TENANT, PLAN, POCKET_PARK, parent, level, " Pocket park ", null, GREEN, type, period,
                UnplannedWorkCause.OPPORTUNITY, " " + CAUSE + " ", null);
    }

    static RecordUnplannedWork recordAction(ElementId parent) {
        return record(parent, ACTION, ActionType.OPERATIONAL, PERIOD);
    }

    static UnplannedWorkRecorded recorded(ElementId parent) {
        return new UnplannedWorkRecorded(TENANT, PLAN, POCKET_PARK, parent, ACTION, "Pocket park", null, GREEN,
                ActionType.OPERATIONAL, PERIOD, UnplannedWorkCause.OPPORTUNITY, CAUSE, Tags.NONE);
    }

    /** An adopted Ghent plan down to an operational goal, with no revision open. */
    static Object[] adoptedPlan() {
        Object[] goals = ghentGoals();
        Object[] history = Arrays.copyOf(goals, goals.length + 1);
        history[goals.length] = adopted();
        return history;
    }

    @Nested
    class Recording {

        @Test
        void onAnAdoptedPlanWithoutARevision() {
            fixture.given(adoptedPlan())
                    .when(recordAction(OPERATIONAL))
                    .expectEvents(recorded(OPERATIONAL));
        }

        @Test
        void alsoWhileARevisionIsOpen() {
            fixture.given(adoptedPlan()).andGiven(opened(1))
                    .when(recordAction(OPERATIONAL))
                    .expectEvents(recorded(OPERATIONAL));
        }

        @Test
        void notOnADraftThatHasNoAdoptedPlanToWorkOutsideOf() {
            fixture.given(ghentGoals())
                    .when(recordAction(OPERATIONAL))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-not-adopted"))
                    .expectNoEvents();
        }

        @Test
        void notOnAClosedPlan() {
            fixture.given(adoptedPlan()).andGiven(new PlanClosed(TENANT, PLAN, "End of legislature"))
                    .when(recordAction(OPERATIONAL))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-closed"));
        }

        @Test
        void notForAnotherAdministration() {
            fixture.given(adoptedPlan())
                    .when(new RecordUnplannedWork(TenantId.of("zandhoven"), PLAN, POCKET_PARK,
                            OPERATIONAL, ACTION, "x", null, GREEN, ActionType.OPERATIONAL, PERIOD, UnplannedWorkCause.POLITICAL, "x", null))
                    .expectException(refusal(Kind.UNKNOWN, "planId", "unknown-plan"));
        }
    }

    @Nested
    class ThePlacementAndDetailsOfAnyItem {

        @Test
        void itIsAnActivityOrAnAction() {
            fixture.given(adoptedPlan())
                    .when(record(STRATEGIC, OPERATIONAL_GOAL, null, null))
                    .expectException(refusal(Kind.INVALID, "level", "item-level-required"));
        }

        @Test
        void itHangsWhereTheTemplateAllows() {
            fixture.given(adoptedPlan())
                    .when(recordAction(STRATEGIC))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "level-not-allowed-under-parent"));
        }

        @Test
        void underAKnownParent() {
            fixture.given(adoptedPlan())
                    .when(recordAction(ElementId.of("nope")))
                    .expectException(refusal(Kind.UNKNOWN, "parentId", "unknown-element"));
        }

        @Test
        void notUnderARetiredParent() {
            fixture.given(adoptedPlan()).andGiven(opened(1), new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(recordAction(OPERATIONAL))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "parent-retired"));
        }

        @Test
        void anActionNeedsATypeAndAPeriodWithinTheLegislature() {
            fixture.given(adoptedPlan())
                    .when(record(OPERATIONAL, ACTION, null, PERIOD))
                    .expectException(refusal(Kind.INVALID, "actionType", "required-for-action"));
            fixture.given(adoptedPlan())
                    .when(record(OPERATIONAL, ACTION, ActionType.OPERATIONAL, null))
                    .expectException(refusal(Kind.INVALID, "period", "required-for-action"));
            fixture.given(adoptedPlan())
                    .when(record(OPERATIONAL, ACTION, ActionType.OPERATIONAL, new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2033, 1, 1))))
                    .expectException(refusal(Kind.INVALID, "period", "within-legislature"));
        }

        @Test
        void anActivityHasNoActionType() {
            fixture.given(adoptedPlan())
                    .when(record(OPERATIONAL, ACTIVITY, ActionType.OPERATIONAL, null))
                    .expectException(refusal(Kind.INVALID, "actionType", "only-for-actions"));
        }

        @Test
        void itWaitsOnNoPreconditions() {
            fixture.given(adoptedPlan())
                    .when(record(OPERATIONAL, ACTION, ActionType.CONDITIONAL_OPERATIONAL, PERIOD))
                    .expectException(refusal(Kind.INVALID, "actionType", "conditional-not-unplanned"));
        }

        @Test
        void itsIdIsUsedOnce() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL))
                    .when(recordAction(OPERATIONAL))
                    .expectException(refusal(Kind.CONFLICT, "id", "duplicate-element"));
        }
    }

    @Nested
    class AfterwardsLikeAnyItem {

        static final BudgetFigures FIGURES = new BudgetFigures(null, null, Euro.of("320000.00"), Euro.of("160000.00"), null);

        @Test
        void itTakesProgress() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL))
                    .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 40, null, null, null))
                    .expectEvents(new ProgressReported(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, null, 40, null, null, null));
        }

        @Test
        void itTakesBudgetEstimatesAndActuals() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL))
                    .when(new EstimateBudget(TENANT, PLAN, POCKET_PARK, 2026, FIGURES, null))
                    .expectEvents(new BudgetEstimated(TENANT, PLAN, POCKET_PARK, 2026, FIGURES));
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL))
                    .when(new RecordBudgetActuals(TENANT, PLAN, POCKET_PARK, 2026, FIGURES))
                    .expectEvents(new BudgetActualsRecorded(TENANT, PLAN, POCKET_PARK, 2026, FIGURES));
        }

        @Test
        void itIsRetiredWithAReason() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL), opened(1))
                    .when(new RetireElement(TENANT, PLAN, POCKET_PARK, "Recorded twice"))
                    .expectEvents(new ElementRetired(TENANT, PLAN, POCKET_PARK, "Recorded twice"));
        }
    }

    @Nested
    class AndRevisions {

        static final LocalDate DECISION = LocalDate.of(2026, 12, 17);

        static RevisionAdopted adoptedWithNoChanges() {
            return new RevisionAdopted(TENANT, PLAN, 1, 2, "Aanpassing meerjarenplan 2027", DECISION, "GR-2026/11", List.of(), List.of(), List.of());
        }

        @Test
        void itIsNoPartOfTheNextEdition() {
            fixture.given(adoptedPlan()).andGiven(opened(1), recorded(OPERATIONAL))
                    .when(new AdoptRevision(TENANT, PLAN, DECISION, "GR-2026/11"))
                    .expectEvents(adoptedWithNoChanges());
        }

        @Test
        void changingOrRetiringItIsNoPartOfTheNextEditionEither() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL), opened(1),
                            new ItemRevised(TENANT, PLAN, POCKET_PARK, "Pocket park Brandweerplein", null, ActionType.OPERATIONAL, List.of(), PERIOD),
                            new ElementRetired(TENANT, PLAN, POCKET_PARK, "Recorded twice"))
                    .when(new AdoptRevision(TENANT, PLAN, DECISION, "GR-2026/11"))
                    .expectEvents(adoptedWithNoChanges());
        }

        @Test
        void itHangsInTheAdoptedPlanNotUnderAnElementNewInTheRevision() {
            ElementId newActivity = ElementId.of("new-activity");
            fixture.given(adoptedPlan()).andGiven(opened(1), activity(newActivity, OPERATIONAL))
                    .when(recordAction(newActivity))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "parent-not-adopted"));
            fixture.given(adoptedPlan()).andGiven(activity(ACTIVITY_ID, OPERATIONAL), recorded(ACTIVITY_ID), opened(1),
                            activity(newActivity, OPERATIONAL))
                    .when(new MoveElement(TENANT, PLAN, POCKET_PARK, newActivity))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "parent-not-adopted"));
        }

        @Test
        void aDiscardedRevisionKeepsWorkRecordedMeanwhileWithItsProgress() {
            // Were it lost, reporting would be refused as unknown; the cancellation reported during the revision holds.
            fixture.given(adoptedPlan()).andGiven(opened(1), goal(PlanRevisionTest.NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                            recorded(OPERATIONAL),
                            new ProgressReported(TENANT, PLAN, POCKET_PARK, ProgressStatus.CANCELLED, null, 10, null, "No subsidy", null),
                            discarded(1, List.of(PlanRevisionTest.NEW_GOAL), List.of()))
                    .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 20, null, null, null))
                    .expectException(refusal(Kind.CONFLICT, "status", "cancelled-is-final"));
            fixture.given(adoptedPlan()).andGiven(opened(1), recorded(OPERATIONAL), discarded(1, List.of(), List.of()))
                    .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 20, null, null, null))
                    .expectEvents(new ProgressReported(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, null, 20, null, null, null));
        }

        @Test
        void aDiscardNamesNoUnplannedWorkRecordedBeforeOrDuringIt() {
            // Work recorded before the revision and changed in it, and work recorded during it, are neither removed nor restored.
            ElementId streetGarden = ElementId.of("street-garden");
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL), opened(1),
                            new ItemRevised(TENANT, PLAN, POCKET_PARK, "Pocket park Brandweerplein", null, ActionType.OPERATIONAL, List.of(), PERIOD),
                            new ElementRetagged(TENANT, PLAN, POCKET_PARK, tags("Environment", 15)),
                            new ElementRetired(TENANT, PLAN, POCKET_PARK, "Recorded twice"),
                            new UnplannedWorkRecorded(TENANT, PLAN, streetGarden, OPERATIONAL, ACTION, "Street garden", null, GREEN,
                                    ActionType.OPERATIONAL, PERIOD, UnplannedWorkCause.OPPORTUNITY, CAUSE, Tags.NONE),
                            goal(PlanRevisionTest.NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL))
                    .when(new DiscardRevision(TENANT, PLAN, "Postponed"))
                    .expectEvents(discarded(1, List.of(PlanRevisionTest.NEW_GOAL), List.of()))
                    .expectState(plan -> assertThat(plan.continuable(streetGarden)).isPresent());
        }

        @Test
        void aDiscardLeavesUnplannedWorkAsItIs() {
            fixture.given(adoptedPlan()).andGiven(recorded(OPERATIONAL), opened(1),
                            new ElementRetired(TENANT, PLAN, POCKET_PARK, "Recorded twice"),
                            discarded(1, List.of(), List.of()))
                    .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 20, null, null, null))
                    .expectException(refusal(Kind.CONFLICT, "itemId", "element-retired"));
        }

        @Test
        void theDiscardedRevisionsOwnElementsAreStillGone() {
            fixture.given(adoptedPlan()).andGiven(opened(1), goal(PlanRevisionTest.NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                            recorded(OPERATIONAL), discarded(1, List.of(PlanRevisionTest.NEW_GOAL), List.of()))
                    .when(new RecordUnplannedWork(TENANT, PLAN, ElementId.of("other"), PlanRevisionTest.NEW_GOAL, ACTIVITY, "x", null,
                            GREEN, null, null, UnplannedWorkCause.IMPOSED_POLICY, "Decree", null))
                    .expectException(refusal(Kind.UNKNOWN, "parentId", "unknown-element"));
        }
    }
}
