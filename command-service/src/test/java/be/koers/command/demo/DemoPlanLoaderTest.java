package be.koers.command.demo;

import be.koers.command.CommandServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo plan passes every rule of the aggregates, and loading it twice changes nothing. */
@TestPropertySource(properties = "koers.demo.enabled=true")
class DemoPlanLoaderTest extends CommandServiceIntegrationTest {

    @Autowired
    DemoPlanLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPlanIsLoadedOnce() {
        long planEvents = eventsOf(DemoPlanLoader.PLAN.value());
        assertThat(planEvents).isGreaterThan(20);
        assertThat(eventsOf("koersbeke-residents-near-a-park")).isEqualTo(4);

        loader.run(new DefaultApplicationArguments());

        assertThat(eventsOf(DemoPlanLoader.PLAN.value())).isEqualTo(planEvents);
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
    }
}
