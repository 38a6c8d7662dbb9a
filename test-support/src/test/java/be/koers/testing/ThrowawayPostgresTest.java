package be.koers.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrowawayPostgresTest {

    @Test
    void keepsWhatWasCommittedAcrossACrashAndIsGoneWhenClosed() throws Exception {
        FreshDatabase database;
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start()) {
            assertThat(postgres.server().port()).isNotEqualTo(PostgresServer.SHARED.port());
            database = FreshDatabase.create(postgres.server(), "throwaway");
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int)");
                s.execute("INSERT INTO kept VALUES (1), (2)");
            }

            postgres.restart(ThrowawayPostgres.Shutdown.IMMEDIATE);

            try (Connection c = database.connect(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT count(*) FROM kept")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
        assertThatThrownBy(database::connect).hasMessageContaining("Connection");
    }
}
