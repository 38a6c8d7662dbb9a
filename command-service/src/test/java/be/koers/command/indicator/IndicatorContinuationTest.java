package be.koers.command.indicator;

import be.koers.command.common.Refusal.Kind;
import be.koers.planning.api.continuity.DeclareIndicatorContinuation;
import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static be.koers.command.indicator.IndicatorTest.*;
import static be.koers.command.plan.RefusalMatcher.refusal;

/**
 * What the continuing indicator decides, given what the previous one said of itself. Looking the previous one up is
 * ContinuationHandler's part, tested over REST: the fixture holds one indicator.
 */
class IndicatorContinuationTest {

    static final IndicatorId PREVIOUS = IndicatorId.of("green-area-2020");
    static final PlanId PREVIOUS_PLAN = PlanId.of("plan-2020");

    FixtureConfiguration<Indicator> fixture;
    PreviousIndicatorStandIn previousIndicator;

    /** Does what ContinuationHandler does once it has looked up the previous indicator: here it is given. */
    static final class PreviousIndicatorStandIn {
        private final Repository<Indicator> indicators;
        private PreviousIndicator previous;

        PreviousIndicatorStandIn(Repository<Indicator> indicators) {
            this.indicators = indicators;
        }

        PreviousIndicatorStandIn says(IndicatorId id, int lastYear, String unit) {
            previous = new PreviousIndicator(id, PREVIOUS_PLAN, lastYear, unit);
            return this;
        }

        @CommandHandler
        void handle(DeclareIndicatorContinuation command) {
            indicators.load(command.indicatorId().value()).execute(indicator -> indicator.declareContinuation(command, previous));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        previousIndicator = new PreviousIndicatorStandIn(fixture.getRepository()).says(PREVIOUS, 2025, "%");
        fixture.registerAnnotatedCommandHandler(previousIndicator);
    }

    static DeclareIndicatorContinuation declare() {
        return new DeclareIndicatorContinuation(TENANT, GREEN_AREA, PREVIOUS);
    }

    static IndicatorContinuationDeclared declared(IndicatorId previous) {
        return new IndicatorContinuationDeclared(TENANT, GREEN_AREA, PLAN, previous, PREVIOUS_PLAN);
    }

    @Test
    void anIndicatorContinuesOneOfThePreviousLegislatureInTheSameUnit() {
        fixture.given(monthlyPercentage())
                .when(declare())
                .expectEvents(declared(PREVIOUS));
    }

    @Test
    void declaringTheSameAgainChangesNothing() {
        fixture.given(monthlyPercentage(), declared(PREVIOUS))
                .when(declare())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void declaringAnotherReplacesTheFirst() {
        IndicatorId other = IndicatorId.of("parks-2020");
        previousIndicator.says(other, 2025, "%");
        fixture.given(monthlyPercentage(), declared(PREVIOUS))
                .when(new DeclareIndicatorContinuation(TENANT, GREEN_AREA, other))
                .expectEvents(declared(other));
    }

    @Test
    void thePreviousIndicatorBelongsToAnEarlierLegislature() {
        previousIndicator.says(PREVIOUS, 2026, "%");
        fixture.given(monthlyPercentage())
                .when(declare())
                .expectException(refusal(Kind.INVALID, "previousIndicatorId", "previous-legislature-required"))
                .expectNoEvents();
    }

    @Test
    void theUnitsAreEqual() {
        previousIndicator.says(PREVIOUS, 2025, "m²");
        fixture.given(monthlyPercentage())
                .when(declare())
                .expectException(refusal(Kind.INVALID, "previousIndicatorId", "same-unit-required"));
    }

    @Test
    void theUnitIsTheOneAfterTheLastRevision() {
        previousIndicator.says(PREVIOUS, 2025, "m²");
        fixture.given(monthlyPercentage(), new IndicatorRevised(TENANT, GREEN_AREA, PLAN, "Green area per resident", "m²", "GIS",
                        "Green service", "Measured as area now"))
                .when(declare())
                .expectEvents(declared(PREVIOUS));
    }

    @Test
    void aRetiredIndicatorContinuesNothing() {
        fixture.given(monthlyPercentage(), new IndicatorRetired(TENANT, GREEN_AREA, PLAN, "Replaced"))
                .when(declare())
                .expectException(refusal(Kind.CONFLICT, "indicatorId", "indicator-retired"));
    }

    @Test
    void anotherAdministrationSeesNoSuchIndicator() {
        fixture.given(monthlyPercentage())
                .when(new DeclareIndicatorContinuation(TenantId.of("zandhoven"), GREEN_AREA, PREVIOUS))
                .expectException(refusal(Kind.UNKNOWN, "indicatorId", "unknown-indicator"));
    }
}
