package be.koers.bench.report;

import be.koers.testing.FreshDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** What the figures were measured on: without it they mean little. */
public record Machine(int cores, String cpu, long memoryMb, String os, String jvm, String postgres, String kafka) {

    public static Machine describe(FreshDatabase database) {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                postgresVersion(database), org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static long totalMemoryMb() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
    }

    private static Optional<String> procLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String postgresVersion(FreshDatabase database) {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return "PostgreSQL " + version.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return cores + " cores (" + cpu + "), " + memoryMb + " MB, " + os + ", " + jvm + ", " + postgres + ", Kafka " + kafka;
    }
}
