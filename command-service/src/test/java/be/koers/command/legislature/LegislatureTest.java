package be.koers.command.legislature;

import be.koers.command.common.Refusal;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static be.koers.command.plan.RefusalMatcher.refusal;

class LegislatureTest {

    private static final TenantId TENANT = TenantId.of("koersbeke");
    private static final LegislatureId LEGISLATURE = LegislatureId.of("leg-2026");
    private static final PlanId PLAN = PlanId.of("plan-2026");

    private FixtureConfiguration<Legislature> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Legislature.class);
    }

    @Test
    void createsALegislature() {
        fixture.givenNoPriorActivity()
                .when(new CreateLegislature(TENANT, LEGISLATURE, " 2026-2031 ", 2026, 2031))
                .expectEvents(new LegislatureCreated(TENANT, LEGISLATURE, "2026-2031", 2026, 2031));
    }

    @Test
    void draftsItsPlanWithTheLegislatureYears() {
        fixture.given(new LegislatureCreated(TENANT, LEGISLATURE, "2026-2031", 2026, 2031))
                .when(new DraftPlan(TENANT, LEGISLATURE, PLAN, "Meerjarenplan", PlanTemplate.GHENT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(PLAN)
                .expectEvents(new PlanAttachedToLegislature(TENANT, LEGISLATURE, PLAN),
                        new PlanDrafted(TENANT, PLAN, LEGISLATURE, "Meerjarenplan", PlanTemplate.GHENT, 2026, 2031));
    }

    @Test
    void allowsOnePlanPerLegislature() {
        fixture.given(new LegislatureCreated(TENANT, LEGISLATURE, "2026-2031", 2026, 2031),
                        new PlanAttachedToLegislature(TENANT, LEGISLATURE, PLAN))
                .when(new DraftPlan(TENANT, LEGISLATURE, PlanId.of("second"), "Another", PlanTemplate.BBC))
                .expectException(refusal(Refusal.Kind.CONFLICT, "legislatureId", "one-plan-per-legislature"))
                .expectNoEvents();
    }

    @Test
    void anotherAdministrationCannotDraftAPlanInIt() {
        fixture.given(new LegislatureCreated(TENANT, LEGISLATURE, "2026-2031", 2026, 2031))
                .when(new DraftPlan(TenantId.of("zandhoven"), LEGISLATURE, PLAN, "Meerjarenplan", PlanTemplate.BBC))
                .expectException(refusal(Refusal.Kind.UNKNOWN, "legislatureId", "unknown-legislature"))
                .expectNoEvents();
    }
}
