package be.koers.command.plan;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import be.koers.planning.api.revision.*;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;
import static be.koers.planning.api.plan.Level.*;
import static be.koers.planning.api.plan.PlanStatement.CORE_VALUES;
import static be.koers.planning.api.plan.PlanStatement.MISSION;
import static org.assertj.core.api.Assertions.assertThat;

/** The revision lifecycle of an adopted plan: open, change, adopt as the next edition, or discard. */
class PlanRevisionTest {

    static final LocalDate FIRST_DECISION = LocalDate.of(2025, 12, 18);
    static final ElementId NEW_GOAL = ElementId.of("new-goal");

    FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    static PlanAdopted adopted() {
        return new PlanAdopted(TENANT, PLAN, FIRST_DECISION, "GR-2025/07");
    }

    static RevisionOpened opened(int number) {
        return new RevisionOpened(TENANT, PLAN, number, "Aanpassing meerjarenplan 2027", "Yearly revision");
    }

    /** Revision {@code number} discarded as postponed, with what that voids. */
    static RevisionDiscarded discarded(int number, List<ElementId> removed, List<ElementId> restored, PlanStatement... statements) {
        return new RevisionDiscarded(TENANT, PLAN, number, "Postponed", removed, restored, List.of(statements));
    }

    @Test
    void anAdoptedPlanChangesOnlyInsideARevision() {
        fixture.given(ghentGoals()).andGiven(adopted())
                .when(new ReviseGoal(TENANT, PLAN, STRATEGIC, "More green", null, null, false))
                .expectException(refusal(Kind.CONFLICT, "planId", "no-open-revision"))
                .expectNoEvents();
    }

    @Test
    void aDraftPlanNeedsNoRevision() {
        fixture.given(ghentGoals())
                .when(new OpenRevision(TENANT, PLAN, "Too early", null))
                .expectException(refusal(Kind.CONFLICT, "planId", "plan-not-adopted"));
    }

    @Test
    void openingARevision() {
        fixture.given(ghentGoals()).andGiven(adopted())
                .when(new OpenRevision(TENANT, PLAN, "Aanpassing meerjarenplan 2027", "Yearly revision"))
                .expectEvents(opened(1));
    }

    @Test
    void oneRevisionAtATime() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                .when(new OpenRevision(TENANT, PLAN, "Another", null))
                .expectException(refusal(Kind.CONFLICT, "planId", "revision-already-open"));
    }

    @Test
    void changesInsideARevisionAreAccepted() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                .when(new ReviseGoal(TENANT, PLAN, STRATEGIC, "More green", null, null, false))
                .expectEvents(new GoalRevised(TENANT, PLAN, STRATEGIC, "More green", null, null, false));
    }

    @Test
    void adoptingARevisionMakesTheNextEditionWithItsChangeLog() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1),
                        new GoalRevised(TENANT, PLAN, STRATEGIC, "More green", null, null, false),
                        goal(NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                        new GoalRevised(TENANT, PLAN, NEW_GOAL, "Renamed before adoption", null, null, false),
                        new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged into the new goal"))
                .when(new AdoptRevision(TENANT, PLAN, LocalDate.of(2026, 12, 17), "GR-2026/11"))
                .expectEvents(new RevisionAdopted(TENANT, PLAN, 1, 2, "Aanpassing meerjarenplan 2027", LocalDate.of(2026, 12, 17),
                        "GR-2026/11", List.of(NEW_GOAL), List.of(STRATEGIC), List.of(OPERATIONAL)));
    }

    @Test
    void theNextEditionIsNotAdoptedBeforeThePrevious() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                .when(new AdoptRevision(TENANT, PLAN, LocalDate.of(2025, 11, 1), "GR-old"))
                .expectException(refusal(Kind.INVALID, "decisionDate", "after-previous-edition"));
    }

    @Test
    void onlyAnOpenRevisionIsAdoptedOrDiscarded() {
        fixture.given(ghentGoals()).andGiven(adopted())
                .when(new AdoptRevision(TENANT, PLAN, LocalDate.of(2026, 12, 17), "GR-2026/11"))
                .expectException(refusal(Kind.CONFLICT, "planId", "no-open-revision"));
        fixture.given(ghentGoals()).andGiven(adopted())
                .when(new DiscardRevision(TENANT, PLAN, "Nothing to discard"))
                .expectException(refusal(Kind.CONFLICT, "planId", "no-open-revision"));
    }

    @Test
    void discardingARevision() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                .when(new DiscardRevision(TENANT, PLAN, "Council postponed the revision"))
                .expectEvents(new RevisionDiscarded(TENANT, PLAN, 1, "Council postponed the revision", List.of(), List.of(), List.of()));
    }

    @Nested
    class WhatADiscardVoids {

        static final ElementId SECOND_OPERATIONAL = ElementId.of("second-operational");
        static final ElementId SHORT_LIVED = ElementId.of("short-lived");
        static final LocalDate DECISION = LocalDate.of(2026, 12, 17);

        /**
         * A revision that defines a goal and an activity it retires again, revises, reassigns, moves, retags and
         * retires elements of the edition (one changed twice), and sets the mission (twice) and the core values.
         */
        Object[] aRevisionChangingEverything() {
            return new Object[]{activity(ACTIVITY_ID, OPERATIONAL), action(ACTION_ID, ACTIVITY_ID),
                    goal(SECOND_OPERATIONAL, STRATEGIC, OPERATIONAL_GOAL), adopted(), opened(1),
                    goal(NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                    activity(SHORT_LIVED, NEW_GOAL),
                    new ElementRetired(TENANT, PLAN, SHORT_LIVED, "Not needed after all"),
                    new GoalRevised(TENANT, PLAN, STRATEGIC, "More green", null, null, false),
                    new OwnerReassigned(TENANT, PLAN, ACTION_ID, GREEN, new Owner("Mobility department", "Alderman for mobility")),
                    new ItemRevised(TENANT, PLAN, ACTION_ID, "Renamed", null, ActionType.OPERATIONAL, List.of(), PERIOD),
                    new ElementMoved(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, SECOND_OPERATIONAL),
                    new ElementRetagged(TENANT, PLAN, MAIN, tags("Environment", 15)),
                    new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged into the second"),
                    new MissionSet(TENANT, PLAN, "A green city"),
                    new CoreValuesSet(TENANT, PLAN, List.of("Openness")),
                    new MissionSet(TENANT, PLAN, "A green and safe city")};
        }

        @Test
        void itListsTheElementsItRemovesAndRestoresAndTheStatementsItRestores() {
            fixture.given(ghentGoals()).andGiven(aRevisionChangingEverything())
                    .when(new DiscardRevision(TENANT, PLAN, "Postponed"))
                    .expectEvents(discarded(1, List.of(NEW_GOAL, SHORT_LIVED), List.of(STRATEGIC, ACTION_ID, ACTIVITY_ID, MAIN, OPERATIONAL),
                            MISSION, CORE_VALUES))
                    .expectState(plan -> {
                        assertThat(plan.continuable(NEW_GOAL)).as("removed").isEmpty();
                        assertThat(plan.continuable(SHORT_LIVED)).as("removed").isEmpty();
                        assertThat(plan.continuable(OPERATIONAL)).as("restored").isPresent();
                    });
        }

        @Test
        void itRestoresWhatTheEditionLogWouldHaveReplacedAndRetired() {
            // The same history adopted: the element defined and retired again reaches no edition, but a discard removes it.
            fixture.given(ghentGoals()).andGiven(aRevisionChangingEverything())
                    .when(new AdoptRevision(TENANT, PLAN, DECISION, "GR-2026/11"))
                    .expectEvents(new RevisionAdopted(TENANT, PLAN, 1, 2, "Aanpassing meerjarenplan 2027", DECISION, "GR-2026/11",
                            List.of(NEW_GOAL), List.of(STRATEGIC, ACTION_ID, ACTIVITY_ID, MAIN), List.of(OPERATIONAL)));
        }

        @Test
        void theNextRevisionStartsWithNothingToVoid() {
            fixture.given(ghentGoals()).andGiven(aRevisionChangingEverything())
                    .andGiven(discarded(1, List.of(NEW_GOAL, SHORT_LIVED), List.of(STRATEGIC, ACTION_ID, ACTIVITY_ID, MAIN, OPERATIONAL),
                            MISSION, CORE_VALUES), opened(2))
                    .when(new DiscardRevision(TENANT, PLAN, "Postponed"))
                    .expectEvents(new RevisionDiscarded(TENANT, PLAN, 2, "Postponed", List.of(), List.of(), List.of()));
        }

        @Test
        void aDiscardStoredBeforeItSaidWhatItVoidsStillRestoresTheEdition() {
            // Revision 1 of the event, read with the lists unknown, restores the edition as any discard does.
            fixture.given(ghentGoals()).andGiven(adopted(), opened(1), goal(NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                            new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"),
                            new RevisionDiscarded(TENANT, PLAN, 1, "Postponed", null, null, null), opened(2))
                    .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "Maintain parks", null, GREEN, null, null, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectState(plan -> assertThat(plan.continuable(NEW_GOAL)).isEmpty());
        }
    }

    @Test
    void afterADiscardTheRevisionsChangesAreGoneForTheRules() {
        // The goal defined in the discarded revision no longer exists, and the retired one is active again.
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1), goal(NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                        new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"),
                        discarded(1, List.of(NEW_GOAL), List.of(OPERATIONAL)), opened(2))
                .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, NEW_GOAL, ACTIVITY, "x", null, GREEN, null, null, null, null))
                .expectException(refusal(Kind.UNKNOWN, "parentId", "unknown-element"));
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1), new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"),
                        discarded(1, List.of(), List.of(OPERATIONAL)), opened(2))
                .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "Maintain parks", null, GREEN, null, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void progressIsNotUndoneByADiscard() {
        fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL), adopted(), opened(1),
                        new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.CANCELLED, null, 10, null, "No subsidy", null),
                        discarded(1, List.of(), List.of()))
                .when(new ReportProgress(TENANT, PLAN, ACTION_ID, ProgressStatus.STARTED, 20, null, null, null))
                .expectException(refusal(Kind.CONFLICT, "status", "cancelled-is-final"));
    }

    @Test
    void monitoringNeedsNoRevision() {
        fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL), adopted())
                .when(new ReportProgress(TENANT, PLAN, ACTION_ID, ProgressStatus.STARTED, 20, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPlanIsNotClosedWithARevisionOpen() {
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                .when(new ClosePlan(TENANT, PLAN, "End of legislature"))
                .expectException(refusal(Kind.CONFLICT, "planId", "revision-open"));
    }
}
