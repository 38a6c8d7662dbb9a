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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;
import static be.koers.planning.api.plan.Level.*;

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
                .expectEvents(new RevisionDiscarded(TENANT, PLAN, 1, "Council postponed the revision"));
    }

    @Test
    void afterADiscardTheRevisionsChangesAreGoneForTheRules() {
        // The goal defined in the discarded revision no longer exists, and the retired one is active again.
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1), goal(NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                        new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"),
                        new RevisionDiscarded(TENANT, PLAN, 1, "Postponed"), opened(2))
                .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, NEW_GOAL, ACTIVITY, "x", null, GREEN, null, null, null, null))
                .expectException(refusal(Kind.UNKNOWN, "parentId", "unknown-element"));
        fixture.given(ghentGoals()).andGiven(adopted(), opened(1), new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"),
                        new RevisionDiscarded(TENANT, PLAN, 1, "Postponed"), opened(2))
                .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "Maintain parks", null, GREEN, null, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void progressIsNotUndoneByADiscard() {
        fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL), adopted(), opened(1),
                        new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.CANCELLED, null, 10, null, "No subsidy", null),
                        new RevisionDiscarded(TENANT, PLAN, 1, "Postponed"))
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
