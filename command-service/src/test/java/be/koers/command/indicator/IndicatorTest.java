package be.koers.command.indicator;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static be.koers.command.plan.RefusalMatcher.refusal;

/** The rules of indicators and their scores: kinds, periods, corrections, retirement. */
class IndicatorTest {

    static final TenantId TENANT = TenantId.of("koersbeke");
    static final PlanId PLAN = PlanId.of("plan-1");
    static final IndicatorId GREEN_AREA = IndicatorId.of("green-area");
    static final MeasurementPeriod MARCH = MeasurementPeriod.parse("2027-03");

    FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    static IndicatorDefined defined(IndicatorKind kind, Direction direction, Frequency frequency) {
        return new IndicatorDefined(TENANT, GREEN_AREA, PLAN, "Residents within 400 m of a park", "%", kind, direction,
                new Baseline(new BigDecimal("62.5"), LocalDate.of(2025, 12, 31)),
                List.of(new Target(MeasurementPeriod.parse("2031"), new BigDecimal("80"), null, null)),
                frequency, "GIS", "Green service", List.of(ElementId.of("goal")), 2026, 2031);
    }

    static IndicatorDefined monthlyPercentage() {
        return defined(IndicatorKind.PERCENTAGE, Direction.HIGHER_IS_BETTER, Frequency.MONTHLY);
    }

    static RecordScore score(String period, String value) {
        return new RecordScore(TENANT, GREEN_AREA, MeasurementPeriod.parse(period), new BigDecimal(value), null, null);
    }

    @Nested
    class Scores {

        @Test
        void aScoreForAPeriodOfTheIndicatorsFrequency() {
            fixture.given(monthlyPercentage())
                    .when(new RecordScore(TENANT, GREEN_AREA, MARCH, new BigDecimal("64.2"), "After the census", "https://data.koersbeke.be/gis/2027-03"))
                    .expectEvents(new ScoreRecorded(TENANT, GREEN_AREA, PLAN, MARCH, new BigDecimal("64.2"), "After the census", "https://data.koersbeke.be/gis/2027-03"));
        }

        @Test
        void aPercentageIsBetweenZeroAndHundred() {
            fixture.given(monthlyPercentage())
                    .when(score("2027-03", "100.5"))
                    .expectException(refusal(Kind.INVALID, "value", "percentage-between-0-and-100"))
                    .expectNoEvents();
        }

        @Test
        void yesNoIsZeroOrOne() {
            fixture.given(defined(IndicatorKind.YES_NO, Direction.HIGHER_IS_BETTER, Frequency.YEARLY))
                    .when(score("2027", "2"))
                    .expectException(refusal(Kind.INVALID, "value", "yes-no-is-0-or-1"));
        }

        @Test
        void moneyHasAtMostTwoDecimals() {
            fixture.given(defined(IndicatorKind.MONEY, Direction.LOWER_IS_BETTER, Frequency.QUARTERLY))
                    .when(score("2027-Q1", "1250.005"))
                    .expectException(refusal(Kind.INVALID, "value", "money-at-most-two-decimals"));
        }

        @Test
        void aNumberMayBeAnyDecimal() {
            fixture.given(defined(IndicatorKind.NUMBER, Direction.LOWER_IS_BETTER, Frequency.QUARTERLY))
                    .when(score("2027-Q1", "-3.14159"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void thePeriodMatchesTheFrequency() {
            fixture.given(monthlyPercentage())
                    .when(score("2027-Q1", "64"))
                    .expectException(refusal(Kind.INVALID, "period", "period-matches-frequency"));
        }

        @Test
        void thePeriodLiesWithinTheLegislature() {
            fixture.given(monthlyPercentage())
                    .when(score("2032-01", "64"))
                    .expectException(refusal(Kind.INVALID, "period", "within-legislature"));
        }

        @Test
        void aPeriodIsRecordedOnceThenCorrected() {
            fixture.given(monthlyPercentage(), new ScoreRecorded(TENANT, GREEN_AREA, PLAN, MARCH, new BigDecimal("64"), null, null))
                    .when(score("2027-03", "65"))
                    .expectException(refusal(Kind.CONFLICT, "period", "score-already-recorded"));
        }

        @Test
        void aRetiredIndicatorTakesNoScores() {
            fixture.given(monthlyPercentage(), new IndicatorRetired(TENANT, GREEN_AREA, PLAN, "Replaced by a better one"))
                    .when(score("2027-03", "64"))
                    .expectException(refusal(Kind.CONFLICT, "indicatorId", "indicator-retired"));
        }

        @Test
        void anotherAdministrationSeesNoSuchIndicator() {
            fixture.given(monthlyPercentage())
                    .when(new RecordScore(TenantId.of("zandhoven"), GREEN_AREA, MARCH, BigDecimal.ONE, null, null))
                    .expectException(refusal(Kind.UNKNOWN, "indicatorId", "unknown-indicator"));
        }
    }

    @Nested
    class Corrections {

        static final ScoreRecorded RECORDED = new ScoreRecorded(TENANT, GREEN_AREA, PLAN, MARCH, new BigDecimal("64"), null, null);

        @Test
        void aCorrectionSupersedesAndKeepsThePreviousValue() {
            fixture.given(monthlyPercentage(), RECORDED)
                    .when(new CorrectScore(TENANT, GREEN_AREA, MARCH, new BigDecimal("46"), null, null, "Digits swapped", 1))
                    .expectEvents(new ScoreCorrected(TENANT, GREEN_AREA, PLAN, MARCH, new BigDecimal("46"), new BigDecimal("64"), null, null, "Digits swapped", 2));
        }

        @Test
        void aSecondCorrectionBasedOnTheSameRevisionIsAConcurrentCorrection() {
            fixture.given(monthlyPercentage(), RECORDED,
                            new ScoreCorrected(TENANT, GREEN_AREA, PLAN, MARCH, new BigDecimal("46"), new BigDecimal("64"), null, null, "Digits swapped", 2))
                    .when(new CorrectScore(TENANT, GREEN_AREA, MARCH, new BigDecimal("47"), null, null, "Rounding", 1))
                    .expectException(refusal(Kind.CONFLICT, "correctsRevision", "concurrent-correction"));
        }

        @Test
        void onlyARecordedScoreIsCorrected() {
            fixture.given(monthlyPercentage())
                    .when(new CorrectScore(TENANT, GREEN_AREA, MARCH, new BigDecimal("46"), null, null, "x", 1))
                    .expectException(refusal(Kind.UNKNOWN, "period", "no-score-to-correct"));
        }

        @Test
        void aCorrectionFitsTheKind() {
            fixture.given(monthlyPercentage(), RECORDED)
                    .when(new CorrectScore(TENANT, GREEN_AREA, MARCH, new BigDecimal("146"), null, null, "x", 1))
                    .expectException(refusal(Kind.INVALID, "value", "percentage-between-0-and-100"));
        }
    }

    @Nested
    class Definition {

        @Test
        void revisingWithAReason() {
            fixture.given(monthlyPercentage())
                    .when(new ReviseIndicator(TENANT, GREEN_AREA, "Residents near a park", "%", "GIS 2.0", "Green service", "New data source"))
                    .expectEvents(new IndicatorRevised(TENANT, GREEN_AREA, PLAN, "Residents near a park", "%", "GIS 2.0", "Green service", "New data source"));
        }

        @Test
        void retargeting() {
            List<Target> targets = List.of(new Target(MeasurementPeriod.parse("2028"), new BigDecimal("70"), null, null),
                    new Target(MeasurementPeriod.parse("2031-Q4"), new BigDecimal("85"), null, null));
            fixture.given(monthlyPercentage())
                    .when(new RetargetIndicator(TENANT, GREEN_AREA, null, targets, "Council raised the ambition"))
                    .expectEvents(new IndicatorRetargeted(TENANT, GREEN_AREA, PLAN, null, targets, "Council raised the ambition"));
        }

        @Test
        void aTargetIsNotFinerThanTheFrequency() {
            fixture.given(defined(IndicatorKind.PERCENTAGE, Direction.HIGHER_IS_BETTER, Frequency.YEARLY))
                    .when(new RetargetIndicator(TENANT, GREEN_AREA, null,
                            List.of(new Target(MeasurementPeriod.parse("2028-05"), new BigDecimal("70"), null, null)), "x"))
                    .expectException(refusal(Kind.INVALID, "targets[0].period", "period-matches-frequency"));
        }

        @Test
        void aBandTargetHasLowerAndUpper() {
            fixture.given(defined(IndicatorKind.NUMBER, Direction.TARGET_BAND, Frequency.YEARLY))
                    .when(new RetargetIndicator(TENANT, GREEN_AREA, null,
                            List.of(new Target(MeasurementPeriod.parse("2028"), null, new BigDecimal("10"), new BigDecimal("5"))), "x"))
                    .expectException(refusal(Kind.INVALID, "targets[0]", "band-needs-lower-and-upper"));
        }

        @Test
        void aTargetFitsTheKind() {
            fixture.given(monthlyPercentage())
                    .when(new RetargetIndicator(TENANT, GREEN_AREA, null,
                            List.of(new Target(MeasurementPeriod.parse("2028"), new BigDecimal("120"), null, null)), "x"))
                    .expectException(refusal(Kind.INVALID, "targets[0].value", "percentage-between-0-and-100"));
        }

        @Test
        void targetsLieWithinTheLegislature() {
            fixture.given(monthlyPercentage())
                    .when(new RetargetIndicator(TENANT, GREEN_AREA, null,
                            List.of(new Target(MeasurementPeriod.parse("2035"), new BigDecimal("90"), null, null)), "x"))
                    .expectException(refusal(Kind.INVALID, "targets[0].period", "within-legislature"));
        }

        @Test
        void aRetiredIndicatorIsNotRevised() {
            fixture.given(monthlyPercentage(), new IndicatorRetired(TENANT, GREEN_AREA, PLAN, "Replaced"))
                    .when(new RetireIndicator(TENANT, GREEN_AREA, "Again"))
                    .expectException(refusal(Kind.CONFLICT, "indicatorId", "indicator-retired"));
        }
    }
}
