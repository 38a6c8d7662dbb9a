package be.koers.architecture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of a read model belongs to exactly one projection, so {@link TableOwnershipTest} knows whose it is and
 * a rebuild empties it: a table the migrations create and no projection names, or that two name, fails here.
 */
class OneOwnerPerTableTest {

    /** projection-support's marks of the events applied, which each service's own migrations create. */
    private static final String APPLIED_EVENTS = "applied_event";

    @ParameterizedTest
    @CsvSource({"query-service, be.koers.query", "reporting-service, be.koers.reporting"})
    void everyMigratedTableHasOneProjectionThatOwnsIt(String module, String service) {
        TableOwners owners = TableOwners.of(service, ProductionClasses.all());
        Set<String> projectionTables = new HashSet<>(MigratedTables.of(module));
        projectionTables.remove(APPLIED_EVENTS);
        projectionTables.removeAll(MigratedTables.of("projection-support"));

        assertThat(owners.tables()).as("the tables the projections of %s own (@OwnsTables)", module)
                .containsExactlyInAnyOrderElementsOf(projectionTables);
        assertThat(owners.sharedTables()).as("tables more than one projection of %s owns", module).isEmpty();
    }
}
