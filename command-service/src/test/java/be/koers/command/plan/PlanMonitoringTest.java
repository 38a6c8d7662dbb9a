package be.koers.command.plan;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.budget.*;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;

/** What the plan decides for monitoring: which indicators it takes, how its items progress, its budget lines. */
class PlanMonitoringTest {

    FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Nested
    class Indicators {

        static final IndicatorId INDICATOR = IndicatorId.of("green-area");
        static final List<Target> TARGETS = List.of(new Target(MeasurementPeriod.parse("2031"), new BigDecimal("80"), null, null));

        static DefineIndicator define(List<ElementId> links, List<Target> targets) {
            return new DefineIndicator(TENANT, PLAN, INDICATOR, "Residents within 400 m of a park", "%", IndicatorKind.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER, null, targets, Frequency.YEARLY, "GIS", "Green service", links);
        }

        @Test
        void theIndicatorIsCreatedWithTheLegislatureYears() {
            fixture.given(ghentGoals())
                    .when(define(List.of(STRATEGIC, OPERATIONAL), TARGETS))
                    .expectResultMessagePayload(INDICATOR)
                    .expectEvents(new IndicatorDefined(TENANT, INDICATOR, PLAN, "Residents within 400 m of a park", "%",
                            IndicatorKind.PERCENTAGE, Direction.HIGHER_IS_BETTER, null, TARGETS, Frequency.YEARLY, "GIS",
                            "Green service", List.of(STRATEGIC, OPERATIONAL), 2026, 2031));
        }

        @Test
        void itLinksOnlyToExistingElements() {
            fixture.given(ghentGoals())
                    .when(define(List.of(STRATEGIC, ElementId.of("nope")), TARGETS))
                    .expectException(refusal(Kind.UNKNOWN, "linkedElements[1]", "unknown-element"));
        }

        @Test
        void itDoesNotLinkToARetiredElement() {
            fixture.given(ghentGoals()).andGiven(new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"))
                    .when(define(List.of(OPERATIONAL), TARGETS))
                    .expectException(refusal(Kind.CONFLICT, "linkedElements[0]", "element-retired"));
        }

        @Test
        void itsTargetsAreChecked() {
            fixture.given(ghentGoals())
                    .when(define(List.of(STRATEGIC), List.of(new Target(MeasurementPeriod.parse("2040"), new BigDecimal("80"), null, null))))
                    .expectException(refusal(Kind.INVALID, "targets[0].period", "within-legislature"));
        }
    }

    @Nested
    class Progress {

        static ReportProgress report(ProgressStatus status, int percent, String cancellation, LocalDate postponedTo) {
            return new ReportProgress(TENANT, PLAN, ACTION_ID, status, percent, "Monthly update", cancellation, postponedTo);
        }

        @Test
        void aStartedActionReportsItsPercentage() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(report(ProgressStatus.STARTED, 35, null, null))
                    .expectEvents(new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.STARTED, null, 35, "Monthly update", null, null));
        }

        @Test
        void theStatusItLeftIsRecorded() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL),
                            new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.STARTED, null, 35, null, null, null))
                    .when(report(ProgressStatus.DONE, 100, null, null))
                    .expectEvents(new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.DONE, ProgressStatus.STARTED, 100, "Monthly update", null, null));
        }

        @Test
        void cancellingNeedsAReason() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(report(ProgressStatus.CANCELLED, 20, null, null))
                    .expectException(refusal(Kind.INVALID, "cancellationReason", "required-when-cancelled"));
        }

        @Test
        void aCancelledItemStaysCancelled() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL),
                            new ProgressReported(TENANT, PLAN, ACTION_ID, ProgressStatus.CANCELLED, null, 20, null, "No subsidy", null))
                    .when(report(ProgressStatus.STARTED, 30, null, null))
                    .expectException(refusal(Kind.CONFLICT, "status", "cancelled-is-final"));
        }

        @Test
        void postponingNeedsADateWithinTheLegislature() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(report(ProgressStatus.POSTPONED, 0, null, null))
                    .expectException(refusal(Kind.INVALID, "postponedTo", "required-when-postponed"));
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(report(ProgressStatus.POSTPONED, 0, null, LocalDate.of(2033, 1, 1)))
                    .expectException(refusal(Kind.INVALID, "postponedTo", "within-legislature"));
        }

        @Test
        void doneIsAHundredPercent() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL))
                    .when(report(ProgressStatus.DONE, 90, null, null))
                    .expectException(refusal(Kind.INVALID, "percentComplete", "done-is-100"));
        }

        @Test
        void onlyItemsHaveProgress() {
            fixture.given(ghentGoals())
                    .when(new ReportProgress(TENANT, PLAN, OPERATIONAL, ProgressStatus.STARTED, 10, null, null, null))
                    .expectException(refusal(Kind.CONFLICT, "itemId", "not-an-item"));
        }

        @Test
        void aRetiredItemHasNoMoreProgress() {
            fixture.given(ghentGoals()).andGiven(action(ACTION_ID, OPERATIONAL), new ElementRetired(TENANT, PLAN, ACTION_ID, "Dropped"))
                    .when(report(ProgressStatus.STARTED, 10, null, null))
                    .expectException(refusal(Kind.CONFLICT, "itemId", "element-retired"));
        }
    }

    @Nested
    class Budget {

        static final BudgetFigures FIRST = new BudgetFigures(Euro.of("125000.10"), Euro.of("20000.20"), Euro.of("1500000.00"), null, new BigDecimal("2.5"));
        static final BudgetFigures SECOND = new BudgetFigures(Euro.of("130000.30"), Euro.of("20000.20"), Euro.of("1500000.00"), null, new BigDecimal("3"));

        @Test
        void theFirstEstimateOfAYear() {
            fixture.given(ghentGoals())
                    .when(new EstimateBudget(TENANT, PLAN, OPERATIONAL, 2027, FIRST, null))
                    .expectEvents(new BudgetEstimated(TENANT, PLAN, OPERATIONAL, 2027, FIRST));
        }

        @Test
        void revisingAnEstimateNeedsAReasonAndKeepsThePreviousFigures() {
            fixture.given(ghentGoals()).andGiven(new BudgetEstimated(TENANT, PLAN, OPERATIONAL, 2027, FIRST))
                    .when(new EstimateBudget(TENANT, PLAN, OPERATIONAL, 2027, SECOND, null))
                    .expectException(refusal(Kind.INVALID, "reason", "reason-required-for-revision"));
            fixture.given(ghentGoals()).andGiven(new BudgetEstimated(TENANT, PLAN, OPERATIONAL, 2027, FIRST))
                    .when(new EstimateBudget(TENANT, PLAN, OPERATIONAL, 2027, SECOND, "Indexation of wages"))
                    .expectEvents(new BudgetEstimateRevised(TENANT, PLAN, OPERATIONAL, 2027, FIRST, SECOND, "Indexation of wages"));
        }

        @Test
        void theYearBelongsToTheLegislature() {
            fixture.given(ghentGoals())
                    .when(new EstimateBudget(TENANT, PLAN, OPERATIONAL, 2032, FIRST, null))
                    .expectException(refusal(Kind.INVALID, "year", "within-legislature"));
        }

        @Test
        void actualsAreRecordedNextToTheEstimate() {
            fixture.given(ghentGoals()).andGiven(new BudgetEstimated(TENANT, PLAN, OPERATIONAL, 2027, FIRST))
                    .when(new RecordBudgetActuals(TENANT, PLAN, OPERATIONAL, 2027, SECOND))
                    .expectEvents(new BudgetActualsRecorded(TENANT, PLAN, OPERATIONAL, 2027, SECOND));
        }

        @Test
        void aClosedPlanTakesNoEstimates() {
            fixture.given(ghentGoals()).andGiven(new PlanClosed(TENANT, PLAN, "End"))
                    .when(new EstimateBudget(TENANT, PLAN, OPERATIONAL, 2027, FIRST, null))
                    .expectException(refusal(Kind.CONFLICT, "planId", "plan-closed"));
        }
    }
}
