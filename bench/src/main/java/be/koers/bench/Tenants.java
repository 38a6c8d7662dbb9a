package be.koers.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmark's administrations and their users: one planner each, and one administrator for rebuilds. The
 * services learn them from a generated configuration file, as an operator would give them theirs.
 */
public record Tenants(List<String> ids) {

    public static final String PASSWORD = "bench";
    public static final String ADMIN = "bench-admin";

    public static Tenants of(int count) {
        return new Tenants(IntStream.rangeClosed(1, count).mapToObj(i -> String.format("t%03d", i)).toList());
    }

    public static String plannerOf(String tenant) {
        return "planner-" + tenant;
    }

    /** Writes the users as Spring configuration; returns the service argument that reads it. */
    public String writeUsersFile(Path directory) {
        StringBuilder yaml = new StringBuilder("koers:\n  security:\n    users:\n");
        user(yaml, ADMIN, ids.get(0), "[ADMIN, PLANNER]");
        ids.forEach(tenant -> user(yaml, plannerOf(tenant), tenant, "[PLANNER]"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("bench-users.yml");
            Files.writeString(file, yaml);
            return "--spring.config.additional-location=file:" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void user(StringBuilder yaml, String name, String tenant, String roles) {
        yaml.append("      - username: ").append(name).append('\n')
                .append("        password: \"{noop}").append(PASSWORD).append("\"\n")
                .append("        tenant: ").append(tenant).append('\n')
                .append("        roles: ").append(roles).append('\n');
    }
}
