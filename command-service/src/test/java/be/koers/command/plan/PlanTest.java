package be.koers.command.plan;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static be.koers.command.plan.RefusalMatcher.refusal;
import static be.koers.planning.api.plan.Level.*;

/** The rules of the plan aggregate, one test per rule: given its history, when a command, then events or the refusal. */
class PlanTest {

    static final TenantId TENANT = TenantId.of("koersbeke");
    static final PlanId PLAN = PlanId.of("plan-1");
    static final ElementId MAIN = ElementId.of("main");
    static final ElementId STRATEGIC = ElementId.of("strategic");
    static final ElementId OPERATIONAL = ElementId.of("operational");
    static final ElementId ACTIVITY_ID = ElementId.of("activity");
    static final ElementId ACTION_ID = ElementId.of("action");
    static final Owner GREEN = new Owner("Green department", "Alderman for environment");
    static final Period PERIOD = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 12, 31));

    FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    static PlanDrafted drafted(PlanTemplate template) {
        return new PlanDrafted(TENANT, PLAN, LegislatureId.of("leg"), "Meerjarenplan", template, 2026, 2031);
    }

    static GoalDefined goal(ElementId id, ElementId parent, Level level) {
        return new GoalDefined(TENANT, PLAN, id, parent, level, id.value(), null, null, false, Tags.NONE);
    }

    static ItemDefined activity(ElementId id, ElementId parent) {
        return new ItemDefined(TENANT, PLAN, id, parent, ACTIVITY, id.value(), null, GREEN, null, List.of(), null, Tags.NONE);
    }

    static ItemDefined action(ElementId id, ElementId parent) {
        return new ItemDefined(TENANT, PLAN, id, parent, ACTION, id.value(), null, GREEN, ActionType.OPERATIONAL, List.of(), PERIOD, Tags.NONE);
    }

    /** A Ghent plan down to an operational goal. */
    static Object[] ghentGoals() {
        return new Object[]{drafted(PlanTemplate.GHENT), goal(MAIN, null, MAIN_STRATEGIC_GOAL),
                goal(STRATEGIC, MAIN, STRATEGIC_GOAL), goal(OPERATIONAL, STRATEGIC, OPERATIONAL_GOAL)};
    }

    static DefineItem defineAction(ElementId id, ElementId parent, ActionType type, List<String> preconditions, Period period) {
        return new DefineItem(TENANT, PLAN, id, parent, ACTION, "Construct the Bloemekespark", null, GREEN, type, preconditions, period, null);
    }

    static Tags tags(String policyField, int sdg) {
        return new Tags(new TreeSet<>(Set.of(policyField)), null, null, new TreeSet<>(Set.of(sdg)));
    }

    @Nested
    class Templates {

        @Test
        void ghentChainDownToAnActionUnderAnActivity() {
            fixture.given(ghentGoals())
                    .andGiven(activity(ACTIVITY_ID, OPERATIONAL))
                    .when(defineAction(ACTION_ID, ACTIVITY_ID, ActionType.OPERATIONAL, null, PERIOD))
                    .expectEvents(new ItemDefined(TENANT, PLAN, ACTION_ID, ACTIVITY_ID, ACTION, "Construct the Bloemekespark",
                            null, GREEN, ActionType.OPERATIONAL, List.of(), PERIOD, Tags.NONE));
        }

        @Test
        void rootLevelHangsDirectlyUnderThePlan() {
            fixture.given(drafted(PlanTemplate.BBC))
                    .when(new DefineGoal(TENANT, PLAN, MAIN, null, POLICY_GOAL, "Safe city", null, "Fewer accidents", true, tags("Mobility", 11)))
                    .expectEvents(new GoalDefined(TENANT, PLAN, MAIN, null, POLICY_GOAL, "Safe city", null, "Fewer accidents", true, tags("Mobility", 11)));
        }

        @Test
        void aLowerGoalNeedsAParent() {
            fixture.given(drafted(PlanTemplate.GHENT))
                    .when(new DefineGoal(TENANT, PLAN, STRATEGIC, null, STRATEGIC_GOAL, "Green", null, null, false, null))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "level-not-allowed-under-parent"))
                    .expectNoEvents();
        }

        @Test
        void anActionCannotHangUnderAStrategicGoal() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, STRATEGIC, ActionType.OPERATIONAL, null, PERIOD))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "level-not-allowed-under-parent"))
                    .expectNoEvents();
        }

        @Test
        void aLevelOutsideTheTemplateIsRefused() {
            fixture.given(drafted(PlanTemplate.BBC))
                    .when(new DefineGoal(TENANT, PLAN, MAIN, null, MAIN_STRATEGIC_GOAL, "Pillar", null, null, false, null))
                    .expectException(refusal(Kind.CONFLICT, "level", "level-not-in-template"));
        }

        @Test
        void bbcActionHangsUnderAnActionPlan() {
            ElementId actionPlan = ElementId.of("ap");
            fixture.given(drafted(PlanTemplate.BBC), goal(MAIN, null, POLICY_GOAL),
                            new ActionPlanDefined(TENANT, PLAN, actionPlan, MAIN, "Parks", null, PERIOD, Tags.NONE))
                    .when(defineAction(ACTION_ID, actionPlan, ActionType.COORDINATION, null, PERIOD))
                    .expectEvents(new ItemDefined(TENANT, PLAN, ACTION_ID, actionPlan, ACTION, "Construct the Bloemekespark",
                            null, GREEN, ActionType.COORDINATION, List.of(), PERIOD, Tags.NONE));
        }

        @Test
        void bbcActionCannotHangDirectlyUnderAPolicyGoal() {
            fixture.given(drafted(PlanTemplate.BBC), goal(MAIN, null, POLICY_GOAL))
                    .when(defineAction(ACTION_ID, MAIN, ActionType.OPERATIONAL, null, PERIOD))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "level-not-allowed-under-parent"));
        }

        @Test
        void flemishEntityChain() {
            ElementId sog = ElementId.of("sog");
            ElementId oog = ElementId.of("oog");
            fixture.given(drafted(PlanTemplate.FLEMISH_ENTITY), goal(MAIN, null, POLICY_GOAL),
                            goal(sog, MAIN, STRATEGIC_ORGANISATIONAL_GOAL), goal(oog, sog, OPERATIONAL_ORGANISATIONAL_GOAL))
                    .when(defineAction(ACTION_ID, oog, ActionType.NETWORK_EXPLORATION, null, PERIOD))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                            org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(ItemDefined.class)),
                            org.axonframework.test.matchers.Matchers.andNoMore()));
        }

        @Test
        void anActionPlanIsNotPartOfTheGhentTemplate() {
            fixture.given(ghentGoals())
                    .when(new DefineActionPlan(TENANT, PLAN, ElementId.of("ap"), OPERATIONAL, "Parks", null, PERIOD, null))
                    .expectException(refusal(Kind.CONFLICT, "level", "level-not-in-template"));
        }
    }

    @Nested
    class Items {

        @Test
        void anActivityHasNoActionType() {
            fixture.given(ghentGoals())
                    .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "Maintain parks", null, GREEN,
                            ActionType.OPERATIONAL, null, null, null))
                    .expectException(refusal(Kind.INVALID, "actionType", "only-for-actions"));
        }

        @Test
        void anActionNeedsAType() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, null, null, PERIOD))
                    .expectException(refusal(Kind.INVALID, "actionType", "required-for-action"));
        }

        @Test
        void anActionNeedsAStartAndAnEnd() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, ActionType.OPERATIONAL, null, null))
                    .expectException(refusal(Kind.INVALID, "period", "required-for-action"));
        }

        @Test
        void aConditionalActionNeedsItsPreconditions() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, ActionType.CONDITIONAL_OPERATIONAL, List.of(), PERIOD))
                    .expectException(refusal(Kind.INVALID, "preconditions", "required-for-conditional-action"));
        }

        @Test
        void aConditionalActionKeepsItsPreconditions() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, ActionType.CONDITIONAL_OPERATIONAL, List.of(" Subsidy granted "), PERIOD))
                    .expectEvents(new ItemDefined(TENANT, PLAN, ACTION_ID, OPERATIONAL, ACTION, "Construct the Bloemekespark",
                            null, GREEN, ActionType.CONDITIONAL_OPERATIONAL, List.of("Subsidy granted"), PERIOD, Tags.NONE));
        }

        @Test
        void onlyConditionalActionsHavePreconditions() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, ActionType.OPERATIONAL, List.of("Subsidy"), PERIOD))
                    .expectException(refusal(Kind.INVALID, "preconditions", "only-for-conditional-action"));
        }

        @Test
        void anActionRunsWithinTheLegislature() {
            fixture.given(ghentGoals())
                    .when(defineAction(ACTION_ID, OPERATIONAL, ActionType.OPERATIONAL, null,
                            new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2033, 1, 1))))
                    .expectException(refusal(Kind.INVALID, "period", "within-legislature"));
        }

        @Test
        void anItemIsDefinedWithAnItemLevel() {
            fixture.given(ghentGoals())
                    .when(new DefineItem(TENANT, PLAN, ACTION_ID, OPERATIONAL, OPERATIONAL_GOAL, "x", null, GREEN, null, null, null, null))
                    .expectException(refusal(Kind.INVALID, "level", "item-level-required"));
        }

        @Test
        void reassigningTheOwnerRecordsBoth() {
            Owner culture = new Owner("Culture department", "Alderman for culture");
            fixture.given(ghentGoals()).andGiven(activity(ACTIVITY_ID, OPERATIONAL))
                    .when(new ReassignOwner(TENANT, PLAN, ACTIVITY_ID, culture))
                    .expectEvents(new OwnerReassigned(TENANT, PLAN, ACTIVITY_ID, GREEN, culture));
        }

        @Test
        void reassigningToTheSameOwnerChangesNothing() {
            fixture.given(ghentGoals()).andGiven(activity(ACTIVITY_ID, OPERATIONAL))
                    .when(new ReassignOwner(TENANT, PLAN, ACTIVITY_ID, GREEN))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void onlyItemsHaveOwners() {
            fixture.given(ghentGoals())
                    .when(new ReassignOwner(TENANT, PLAN, OPERATIONAL, GREEN))
                    .expectException(refusal(Kind.CONFLICT, "itemId", "not-an-item"));
        }

        @Test
        void revisingAnActionChecksItsDetails() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(new ReviseItem(TENANT, PLAN, ACTION_ID, "Bloemekespark phase 2", null, ActionType.OPERATIONAL, null, null))
                    .expectException(refusal(Kind.INVALID, "period", "required-for-action"));
        }

        @Test
        void revisingAnAction() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(new ReviseItem(TENANT, PLAN, ACTION_ID, "Bloemekespark phase 2", "More trees", ActionType.COORDINATION, null, PERIOD))
                    .expectEvents(new ItemRevised(TENANT, PLAN, ACTION_ID, "Bloemekespark phase 2", "More trees", ActionType.COORDINATION, List.of(), PERIOD));
        }
    }

    @Nested
    class Goals {

        @Test
        void onlyAPolicyGoalIsMarkedPriority() {
            fixture.given(ghentGoals())
                    .when(new DefineGoal(TENANT, PLAN, ElementId.of("g"), STRATEGIC, OPERATIONAL_GOAL, "Parks", null, null, true, null))
                    .expectException(refusal(Kind.INVALID, "priority", "priority-only-for-policy-goals"));
        }

        @Test
        void revisingAGoal() {
            fixture.given(ghentGoals())
                    .when(new ReviseGoal(TENANT, PLAN, STRATEGIC, "Enough green space", "Parks within 400 m", "Every resident near a park", false))
                    .expectEvents(new GoalRevised(TENANT, PLAN, STRATEGIC, "Enough green space", "Parks within 400 m", "Every resident near a park", false));
        }

        @Test
        void aGoalCommandOnAnItemIsRefused() {
            fixture.given(ghentGoals()).andGiven(activity(ACTIVITY_ID, OPERATIONAL))
                    .when(new ReviseGoal(TENANT, PLAN, ACTIVITY_ID, "x", null, null, false))
                    .expectException(refusal(Kind.CONFLICT, "goalId", "not-a-goal"));
        }

        @Test
        void definingAGoalAsAnItemLevelIsRefused() {
            fixture.given(ghentGoals())
                    .when(new DefineGoal(TENANT, PLAN, ElementId.of("g"), OPERATIONAL, ACTIVITY, "x", null, null, false, null))
                    .expectException(refusal(Kind.INVALID, "level", "goal-level-required"));
        }

        @Test
        void anIdIsUsedOnce() {
            fixture.given(ghentGoals())
                    .when(new DefineGoal(TENANT, PLAN, STRATEGIC, MAIN, STRATEGIC_GOAL, "Again", null, null, false, null))
                    .expectException(refusal(Kind.CONFLICT, "id", "duplicate-element"));
        }

        @Test
        void unknownParent() {
            fixture.given(ghentGoals())
                    .when(new DefineGoal(TENANT, PLAN, ElementId.of("g"), ElementId.of("nope"), OPERATIONAL_GOAL, "x", null, null, false, null))
                    .expectException(refusal(Kind.UNKNOWN, "parentId", "unknown-element"));
        }

        @Test
        void retagging() {
            fixture.given(ghentGoals())
                    .when(new RetagElement(TENANT, PLAN, STRATEGIC, tags("Environment", 15)))
                    .expectEvents(new ElementRetagged(TENANT, PLAN, STRATEGIC, tags("Environment", 15)));
        }
    }

    @Nested
    class Moving {

        static final ElementId OTHER_STRATEGIC = ElementId.of("other-strategic");

        @Test
        void aGoalMovesUnderAnotherParentOfTheAllowedLevel() {
            fixture.given(ghentGoals()).andGiven(goal(OTHER_STRATEGIC, MAIN, STRATEGIC_GOAL))
                    .when(new MoveElement(TENANT, PLAN, OPERATIONAL, OTHER_STRATEGIC))
                    .expectEvents(new ElementMoved(TENANT, PLAN, OPERATIONAL, STRATEGIC, OTHER_STRATEGIC));
        }

        @Test
        void aMoveFollowsTheSameRules() {
            fixture.given(ghentGoals())
                    .when(new MoveElement(TENANT, PLAN, OPERATIONAL, MAIN))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "level-not-allowed-under-parent"));
        }

        @Test
        void anActionMovesFromAnActivityToAnOperationalGoal() {
            fixture.given(ghentGoals()).andGiven(activity(ACTIVITY_ID, OPERATIONAL), action(ACTION_ID, ACTIVITY_ID))
                    .when(new MoveElement(TENANT, PLAN, ACTION_ID, OPERATIONAL))
                    .expectEvents(new ElementMoved(TENANT, PLAN, ACTION_ID, ACTIVITY_ID, OPERATIONAL));
        }

        @Test
        void notUnderARetiredParent() {
            fixture.given(ghentGoals()).andGiven(goal(OTHER_STRATEGIC, MAIN, STRATEGIC_GOAL),
                            new ElementRetired(TENANT, PLAN, OTHER_STRATEGIC, "Merged"))
                    .when(new MoveElement(TENANT, PLAN, OPERATIONAL, OTHER_STRATEGIC))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "parent-retired"));
        }

        @Test
        void notUnderItself() {
            fixture.given(ghentGoals())
                    .when(new MoveElement(TENANT, PLAN, OPERATIONAL, OPERATIONAL))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "not-under-itself"));
        }

        @Test
        void toTheSameParentChangesNothing() {
            fixture.given(ghentGoals())
                    .when(new MoveElement(TENANT, PLAN, OPERATIONAL, STRATEGIC))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Retiring {

        @Test
        void aLeafRetiresWithItsReason() {
            fixture.given(ghentGoals())
                    .when(new RetireElement(TENANT, PLAN, OPERATIONAL, " Merged into another goal "))
                    .expectEvents(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged into another goal"));
        }

        @Test
        void notWhileActiveChildrenHangUnderIt() {
            fixture.given(ghentGoals())
                    .when(new RetireElement(TENANT, PLAN, STRATEGIC, "Dropped"))
                    .expectException(refusal(Kind.CONFLICT, "elementId", "has-active-children"));
        }

        @Test
        void retiredChildrenDoNotBlock() {
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(new RetireElement(TENANT, PLAN, STRATEGIC, "Dropped"))
                    .expectEvents(new ElementRetired(TENANT, PLAN, STRATEGIC, "Dropped"));
        }

        @Test
        void aRetiredElementRefusesChanges() {
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(new ReviseGoal(TENANT, PLAN, OPERATIONAL, "Back", null, null, false))
                    .expectException(refusal(Kind.CONFLICT, "goalId", "element-retired"));
        }

        @Test
        void aRetiredElementTakesNoChildren() {
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "x", null, GREEN, null, null, null, null))
                    .expectException(refusal(Kind.CONFLICT, "parentId", "parent-retired"));
        }

        @Test
        void aRetiredElementIsNotRetiredTwice() {
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(new RetireElement(TENANT, PLAN, OPERATIONAL, "Again"))
                    .expectException(refusal(Kind.CONFLICT, "elementId", "element-retired"));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void statements() {
            fixture.given(drafted(PlanTemplate.GHENT))
                    .when(new SetCoreValues(TENANT, PLAN, List.of(" Open ", "Solidary")))
                    .expectEvents(new CoreValuesSet(TENANT, PLAN, List.of("Open", "Solidary")));
        }

        @Test
        void adoption() {
            fixture.given(drafted(PlanTemplate.GHENT))
                    .when(new AdoptPlan(TENANT, PLAN, LocalDate.of(2025, 12, 18), "GR-2025-12-18/7"))
                    .expectEvents(new PlanAdopted(TENANT, PLAN, LocalDate.of(2025, 12, 18), "GR-2025-12-18/7"));
        }

        @Test
        void adoptionDateFitsTheLegislature() {
            fixture.given(drafted(PlanTemplate.GHENT))
                    .when(new AdoptPlan(TENANT, PLAN, LocalDate.of(2019, 12, 18), "GR-old"))
                    .expectException(refusal(Kind.INVALID, "decisionDate", "within-legislature"));
        }

        @Test
        void adoptedOnce() {
            fixture.given(drafted(PlanTemplate.GHENT), new PlanAdopted(TENANT, PLAN, LocalDate.of(2025, 12, 18), "GR"))
                    .when(new AdoptPlan(TENANT, PLAN, LocalDate.of(2026, 1, 18), "GR2"))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-already-adopted"));
        }

        @Test
        void aClosedPlanRefusesEveryChange() {
            fixture.given(ghentGoals()).andGiven(new PlanClosed(TENANT, PLAN, "End of legislature"))
                    .when(new SetMission(TENANT, PLAN, "Too late"))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-closed"))
                    .expectNoEvents();
        }

        @Test
        void aClosedPlanTakesNoNewElements() {
            fixture.given(ghentGoals()).andGiven(new PlanClosed(TENANT, PLAN, "End of legislature"))
                    .when(new DefineItem(TENANT, PLAN, ACTIVITY_ID, OPERATIONAL, ACTIVITY, "x", null, GREEN, null, null, null, null))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-closed"));
        }

        @Test
        void anotherAdministrationSeesNoSuchPlan() {
            fixture.given(ghentGoals())
                    .when(new SetMission(TenantId.of("zandhoven"), PLAN, "Ours now"))
                    .expectException(refusal(Kind.UNKNOWN, "planId", "unknown-plan"));
        }
    }
}
