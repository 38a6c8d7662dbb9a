package be.koers.projection;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.tenant.TenantEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class EventCoverageTest {

    @Test
    void startsWhenEveryProjectionHandlesOrIgnoresEveryEvent() {
        assertThatNoException().isThrownBy(() -> new EventCoverage(List.of(new Attentive())).afterSingletonsInstantiated());
    }

    @Test
    void refusesToStartNamingTheProjectionAndTheEventsItForgot() {
        EventCoverage coverage = new EventCoverage(List.of(new Attentive(), new Forgetful()));

        assertThatIllegalStateException().isThrownBy(coverage::afterSingletonsInstantiated)
                .withMessageContaining(Forgetful.class.getName() + ": LegislatureCreated, PlanAttachedToLegislature")
                .withMessageNotContaining(Attentive.class.getName());
    }

    @Test
    void aPartThatSeesEveryEventFirstDecidesNothingForTheProjection() {
        EventCoverage coverage = new EventCoverage(List.of(new SeesAllDecidesLittle()));

        assertThatIllegalStateException().isThrownBy(coverage::afterSingletonsInstantiated)
                .withMessageContaining(SeesAllDecidesLittle.class.getName() + ": LegislatureCreated, PlanAttachedToLegislature");
    }

    /** Has every event go through a part first, and handles only the plan's events itself. */
    @OwnsTables({})
    private static final class SeesAllDecidesLittle extends TableProjection {
        SeesAllDecidesLittle() {
            first((event, envelope) -> { });
            on(PlanEvent.class, (event, envelope) -> { });
            ignores(IndicatorEvent.class, TenantEvent.class);
        }
    }

    /** Handles some events by their class, others by their interface, and ignores the rest. */
    @OwnsTables({})
    private static final class Attentive extends TableProjection {
        Attentive() {
            on(PlanEvent.class, (event, envelope) -> { });
            on(LegislatureCreated.class, (event, envelope) -> { });
            ignores(IndicatorEvent.class, TenantEvent.class);
            ignores(PlanAttachedToLegislature.class);
        }
    }

    /** Has no word for the legislature's events. */
    @OwnsTables({})
    private static final class Forgetful extends TableProjection {
        Forgetful() {
            on(PlanEvent.class, (event, envelope) -> { });
            ignores(IndicatorEvent.class, TenantEvent.class);
        }
    }
}
