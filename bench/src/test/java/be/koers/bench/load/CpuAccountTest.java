package be.koers.bench.load;

import be.koers.testing.FreshDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against the real PostgreSQL server: the work of a backend that has ended still counts. */
class CpuAccountTest {

    private static final String POSTGRES = "PostgreSQL";

    @Test
    void aRetiredBackendsCpuStaysCounted() throws Exception {
        try (FreshDatabase database = FreshDatabase.create("cpu_account")) {
            CpuAccount cpu = new CpuAccount(List.of(), List.of(database.name()));
            Map<String, Double> before = cpu.now();
            Map<String, Double> whileConnected;
            long backend;
            try (Connection connection = database.connect(); var statement = connection.createStatement()) {
                try (ResultSet result = statement.executeQuery("select pg_backend_pid(), sum(i) from generate_series(1, 10000000) i")) {
                    result.next();
                    backend = result.getLong(1);
                }
                whileConnected = cpu.now();
            }
            // the postmaster has reaped the backend once its /proc entry is gone (a zombie keeps one)
            await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(Path.of("/proc", Long.toString(backend))));
            Map<String, Double> afterRetired = cpu.now();

            assertThat(whileConnected.get(POSTGRES) - before.get(POSTGRES)).as("CPU of the query").isGreaterThan(0.2);
            assertThat(afterRetired.get(POSTGRES)).as("CPU once the backend has ended").isGreaterThanOrEqualTo(whileConnected.get(POSTGRES));
        }
    }
}
