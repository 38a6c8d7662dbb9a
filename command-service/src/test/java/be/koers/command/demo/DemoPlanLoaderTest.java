package be.koers.command.demo;

import be.koers.command.CommandServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo plans pass every rule of the aggregates, and loading them twice changes nothing. */
@TestPropertySource(properties = "koers.demo.enabled=true")
class DemoPlanLoaderTest extends CommandServiceIntegrationTest {

    @Autowired
    DemoPlanLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPlanIsLoadedOnce() {
        long planEvents = eventsOf(DemoPlanLoader.PLAN.value());
        long previousPlanEvents = eventsOf(PreviousLegislatureDemo.PLAN.value());
        assertThat(planEvents).isGreaterThan(20);
        assertThat(eventsOf(DemoPlanLoader.NEAR_A_PARK.value())).isEqualTo(5);

        loader.run(new DefaultApplicationArguments());

        assertThat(eventsOf(DemoPlanLoader.PLAN.value())).isEqualTo(planEvents);
        assertThat(eventsOf(PreviousLegislatureDemo.PLAN.value())).isEqualTo(previousPlanEvents);
    }

    @Test
    void thePreviousLegislaturesPlanWasMonitoredToTheEndAndClosed() {
        String previous = PreviousLegislatureDemo.PLAN.value();
        assertThat(eventsOf(previous, "PlanAdopted")).isEqualTo(1);
        assertThat(eventsOf(previous, "PlanClosed")).isEqualTo(1);
        assertThat(payloads(previous, "ProgressReported")).anySatisfy(p -> assertThat(p).contains("\"status\":\"DONE\""))
                .anySatisfy(p -> assertThat(p).contains("\"status\":\"CANCELLED\""))
                .anySatisfy(p -> assertThat(p).contains("\"status\":\"STARTED\""))
                .anySatisfy(p -> assertThat(p).contains("\"status\":\"NOT_STARTED\""));
        assertThat(eventsOf(previous, "BudgetEstimated")).isEqualTo(eventsOf(previous, "BudgetActualsRecorded")).isEqualTo(4);
        assertThat(eventsOf(PreviousLegislatureDemo.NEAR_A_PARK.value(), "ScoreRecorded")).isEqualTo(6);
    }

    @Test
    void theCurrentPlanCarriesOverSomeGoalsAndTheParkIndicatorAndDropsOthers() {
        List<String> continued = payloads(DemoPlanLoader.PLAN.value(), "ContinuationDeclared");
        assertThat(continued).hasSize(5);
        assertThat(String.join("\n", continued))
                .contains(PreviousLegislatureDemo.GREEN_PILLAR.value(), PreviousLegislatureDemo.GREEN_SPACE.value(),
                        PreviousLegislatureDemo.NEW_PARKS.value(), PreviousLegislatureDemo.PARK_MAINTENANCE.value(),
                        PreviousLegislatureDemo.SAFE_PILLAR.value())
                .doesNotContain(PreviousLegislatureDemo.CLEAN_AIR.value(), PreviousLegislatureDemo.LOW_EMISSION_ZONE.value(),
                        PreviousLegislatureDemo.SAFE_STREETS.value(), PreviousLegislatureDemo.SCHOOL_ROUTES.value());
        assertThat(payloads(DemoPlanLoader.NEAR_A_PARK.value(), "IndicatorContinuationDeclared"))
                .singleElement().asString().contains(PreviousLegislatureDemo.NEAR_A_PARK.value());
    }

    @Test
    void workOutsideThePlanHasItsCauseProgressAndActuals() {
        String plan = DemoPlanLoader.PLAN.value();
        assertThat(payloads(plan, "UnplannedWorkRecorded")).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains(DemoPlanLoader.FIRE_STATION_PARK.value(), "\"cause\":\"OPPORTUNITY\""))
                .anySatisfy(p -> assertThat(p).contains(DemoPlanLoader.VACANCY_REGISTER.value(), "\"cause\":\"IMPOSED_POLICY\""));
        for (String unplanned : List.of(DemoPlanLoader.FIRE_STATION_PARK.value(), DemoPlanLoader.VACANCY_REGISTER.value())) {
            assertThat(payloads(plan, "ProgressReported")).anySatisfy(p -> assertThat(p).contains(unplanned));
            assertThat(payloads(plan, "BudgetActualsRecorded")).anySatisfy(p -> assertThat(p).contains(unplanned));
        }
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
    }

    private long eventsOf(String aggregate, String type) {
        return payloads(aggregate, type).size();
    }

    private List<String> payloads(String aggregate, String type) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE ?", String.class, aggregate, "%." + type);
    }
}
