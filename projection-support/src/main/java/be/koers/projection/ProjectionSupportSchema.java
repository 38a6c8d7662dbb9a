package be.koers.projection;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The tables projection-support keeps in each read model's database (parked events, the audit of operations,
 * rebuild goals), migrated from {@code db/projection-support} with a history table of their own: one definition for
 * every service, whose own migrations keep their own numbering. The classes that use the tables depend on it.
 */
@Component
class ProjectionSupportSchema {

    static final String HISTORY = "projection_support_schema_history";

    ProjectionSupportSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/projection-support")
                .table(HISTORY)
                // the service's database already has tables of its own: start this history from nothing
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
