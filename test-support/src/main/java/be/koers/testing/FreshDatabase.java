package be.koers.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A new, empty database on the real PostgreSQL server for one test class, so tests never share state and never
 * need cleaning up between runs. The server is the local one unless {@code KOERS_TEST_PG_HOST} /
 * {@code KOERS_TEST_PG_PORT} / {@code KOERS_TEST_PG_USER} / {@code KOERS_TEST_PG_PASSWORD} say otherwise.
 */
public final class FreshDatabase implements AutoCloseable {

    private static final String HOST = env("KOERS_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("KOERS_TEST_PG_PORT", "5432");
    public static final String USER = env("KOERS_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("KOERS_TEST_PG_PASSWORD", "");

    private final String name;

    private FreshDatabase(String name) {
        this.name = name;
    }

    public static FreshDatabase create(String purpose) {
        String name = ("koers_t_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        admin("CREATE DATABASE " + name);
        return new FreshDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    /**
     * Points a Spring Boot service at this database; pass {@code registry::add} of a {@code DynamicPropertyRegistry}
     * (taken as a function so this module needs no Spring).
     */
    public void registerAsDataSource(BiConsumer<String, Supplier<Object>> property) {
        property.accept("spring.datasource.url", this::jdbcUrl);
        property.accept("spring.datasource.username", () -> USER);
        property.accept("spring.datasource.password", () -> PASSWORD);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /**
     * Makes the database unreachable as a restart of PostgreSQL does: every connection to it is terminated and new
     * ones are refused until {@link #acceptConnections()}.
     */
    public void refuseConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    public void acceptConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql
                    + " (start it with infra/koers postgres)", e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
