package be.koers.command.plan;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.continuity.DeclareContinuation;
import be.koers.planning.api.continuity.WithdrawContinuation;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.revision.AdoptRevision;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static be.koers.command.plan.PlanRevisionTest.adopted;
import static be.koers.command.plan.PlanRevisionTest.discarded;
import static be.koers.command.plan.PlanRevisionTest.opened;
import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;
import static be.koers.planning.api.plan.Level.*;

/**
 * What the continuing plan decides about a continuation, given what the previous plan said of the element it
 * continues. Looking that element up is ContinuationHandler's part, tested over REST: the fixture holds one plan.
 */
class PlanContinuationTest {

    static final PlanId PREVIOUS_PLAN = PlanId.of("plan-2020");
    static final ElementId PREVIOUS_GOAL = ElementId.of("green-2020");
    static final ElementId OTHER_PREVIOUS_GOAL = ElementId.of("parks-2020");

    FixtureConfiguration<Plan> fixture;
    PreviousPlanStandIn previousPlan;

    /** Does what ContinuationHandler does once it has looked up the previous element: here that element is given. */
    static final class PreviousPlanStandIn {
        private final Repository<Plan> plans;
        private PreviousElement previous;

        PreviousPlanStandIn(Repository<Plan> plans) {
            this.plans = plans;
        }

        PreviousPlanStandIn says(ElementId id, Level level, int lastYear) {
            previous = new PreviousElement(PREVIOUS_PLAN, id, lastYear, level);
            return this;
        }

        @CommandHandler
        void handle(DeclareContinuation command) {
            plans.load(command.planId().value()).execute(plan -> plan.declareContinuation(command, previous));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        previousPlan = new PreviousPlanStandIn(fixture.getRepository()).says(PREVIOUS_GOAL, STRATEGIC_GOAL, 2025);
        fixture.registerAnnotatedCommandHandler(previousPlan);
    }

    static DeclareContinuation declare(ElementId element, ElementId previous) {
        return new DeclareContinuation(TENANT, PLAN, element, PREVIOUS_PLAN, previous);
    }

    static ContinuationDeclared declared(ElementId element, ElementId previous) {
        return new ContinuationDeclared(TENANT, PLAN, element, PREVIOUS_PLAN, previous);
    }

    @Nested
    class Declaring {

        @Test
        void aGoalContinuesAGoalOfThePreviousLegislature() {
            fixture.given(ghentGoals())
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectEvents(declared(STRATEGIC, PREVIOUS_GOAL));
        }

        @Test
        void whateverTheGoalLevels() {
            previousPlan.says(PREVIOUS_GOAL, POLICY_GOAL, 2025);
            fixture.given(ghentGoals())
                    .when(declare(OPERATIONAL, PREVIOUS_GOAL))
                    .expectEvents(declared(OPERATIONAL, PREVIOUS_GOAL));
        }

        @Test
        void anActivityContinuesAnAction() {
            previousPlan.says(PREVIOUS_GOAL, ACTION, 2025);
            fixture.given(ghentGoals()).andGiven(activity(ACTIVITY_ID, OPERATIONAL))
                    .when(declare(ACTIVITY_ID, PREVIOUS_GOAL))
                    .expectEvents(declared(ACTIVITY_ID, PREVIOUS_GOAL));
        }

        @Test
        void onAnAdoptedPlanWithOrWithoutARevision() {
            fixture.given(ghentGoals()).andGiven(adopted())
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectEvents(declared(STRATEGIC, PREVIOUS_GOAL));
            fixture.given(ghentGoals()).andGiven(adopted(), opened(1))
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectEvents(declared(STRATEGIC, PREVIOUS_GOAL));
        }

        @Test
        void declaringTheSameAgainChangesNothing() {
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL))
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void declaringAnotherPreviousElementReplacesTheFirst() {
            previousPlan.says(OTHER_PREVIOUS_GOAL, STRATEGIC_GOAL, 2025);
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL))
                    .when(declare(STRATEGIC, OTHER_PREVIOUS_GOAL))
                    .expectEvents(declared(STRATEGIC, OTHER_PREVIOUS_GOAL));
        }

        @Test
        void twoElementsMayContinueTheSameOneWhenAGoalIsSplit() {
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL))
                    .when(declare(MAIN, PREVIOUS_GOAL))
                    .expectEvents(declared(MAIN, PREVIOUS_GOAL));
        }
    }

    @Nested
    class Refusing {

        @Test
        void theContinuedPlanBelongsToAnEarlierLegislature() {
            previousPlan.says(PREVIOUS_GOAL, STRATEGIC_GOAL, 2026);
            fixture.given(ghentGoals())
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.INVALID, "previousPlanId", "previous-legislature-required"))
                    .expectNoEvents();
        }

        @Test
        void aGoalDoesNotContinueAnItem() {
            previousPlan.says(PREVIOUS_GOAL, ACTIVITY, 2025);
            fixture.given(ghentGoals())
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.INVALID, "previousElementId", "same-kind-required"));
        }

        @Test
        void anActionPlanContinuesOnlyAnActionPlan() {
            ElementId actionPlan = ElementId.of("ap");
            previousPlan.says(PREVIOUS_GOAL, POLICY_GOAL, 2025);
            fixture.given(drafted(PlanTemplate.BBC), goal(MAIN, null, POLICY_GOAL),
                            new ActionPlanDefined(TENANT, PLAN, actionPlan, MAIN, "Parks", null, PERIOD, Tags.NONE))
                    .when(declare(actionPlan, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.INVALID, "previousElementId", "same-kind-required"));
            previousPlan.says(PREVIOUS_GOAL, ACTION_PLAN, 2025);
            fixture.given(drafted(PlanTemplate.BBC), goal(MAIN, null, POLICY_GOAL),
                            new ActionPlanDefined(TENANT, PLAN, actionPlan, MAIN, "Parks", null, PERIOD, Tags.NONE))
                    .when(declare(actionPlan, PREVIOUS_GOAL))
                    .expectEvents(declared(actionPlan, PREVIOUS_GOAL));
        }

        @Test
        void theElementExistsAndIsActive() {
            fixture.given(ghentGoals())
                    .when(declare(ElementId.of("nope"), PREVIOUS_GOAL))
                    .expectException(refusal(Kind.UNKNOWN, "elementId", "unknown-element"));
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(declare(OPERATIONAL, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.CONFLICT, "elementId", "element-retired"));
        }

        @Test
        void aClosedPlanOrAnotherAdministrationsPlan() {
            fixture.given(ghentGoals()).andGiven(adopted(), new PlanClosed(TENANT, PLAN, "End"))
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-closed"));
            fixture.given(ghentGoals())
                    .when(new DeclareContinuation(TenantId.of("zandhoven"), PLAN, STRATEGIC, PREVIOUS_PLAN, PREVIOUS_GOAL))
                    .expectException(refusal(Kind.UNKNOWN, "planId", "unknown-plan"));
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void withItsReasonAndWhatItContinued() {
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL))
                    .when(new WithdrawContinuation(TENANT, PLAN, STRATEGIC, " Declared on the wrong goal "))
                    .expectEvents(new ContinuationWithdrawn(TENANT, PLAN, STRATEGIC, PREVIOUS_PLAN, PREVIOUS_GOAL, "Declared on the wrong goal"));
        }

        @Test
        void onlyWhatWasDeclared() {
            fixture.given(ghentGoals())
                    .when(new WithdrawContinuation(TENANT, PLAN, STRATEGIC, "Mistake"))
                    .expectException(refusal(Kind.CONFLICT, "elementId", "no-continuation"));
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL),
                            new ContinuationWithdrawn(TENANT, PLAN, STRATEGIC, PREVIOUS_PLAN, PREVIOUS_GOAL, "Mistake"))
                    .when(new WithdrawContinuation(TENANT, PLAN, STRATEGIC, "Again"))
                    .expectException(refusal(Kind.CONFLICT, "elementId", "no-continuation"));
        }

        @Test
        void afterAWithdrawalTheSameDeclarationCountsAgain() {
            fixture.given(ghentGoals()).andGiven(declared(STRATEGIC, PREVIOUS_GOAL),
                            new ContinuationWithdrawn(TENANT, PLAN, STRATEGIC, PREVIOUS_PLAN, PREVIOUS_GOAL, "Mistake"))
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectEvents(declared(STRATEGIC, PREVIOUS_GOAL));
        }
    }

    @Nested
    class AndRevisions {

        @Test
        void aContinuationIsNoPartOfTheNextEdition() {
            LocalDate decision = LocalDate.of(2026, 12, 17);
            fixture.given(ghentGoals()).andGiven(adopted(), opened(1), declared(STRATEGIC, PREVIOUS_GOAL))
                    .when(new AdoptRevision(TENANT, PLAN, decision, "GR-2026/11"))
                    .expectEvents(new RevisionAdopted(TENANT, PLAN, 1, 2, "Aanpassing meerjarenplan 2027", decision, "GR-2026/11",
                            List.of(), List.of(), List.of()));
        }

        @Test
        void aDiscardedRevisionKeepsContinuationsDeclaredMeanwhile() {
            fixture.given(ghentGoals()).andGiven(adopted(), opened(1), declared(STRATEGIC, PREVIOUS_GOAL),
                            discarded(1, List.of(), List.of()))
                    .when(declare(STRATEGIC, PREVIOUS_GOAL))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
