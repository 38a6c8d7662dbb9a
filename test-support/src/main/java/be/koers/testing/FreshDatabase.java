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
 * A new, empty database for one test class, so tests never share state and never need cleaning up between runs: on
 * the real shared PostgreSQL server ({@link PostgresServer#SHARED}) unless a test brings a server of its own.
 */
public final class FreshDatabase implements AutoCloseable {

    /** The shared server's user and password, for tests that connect to a fresh database of it themselves. */
    public static final String USER = PostgresServer.SHARED.user();
    public static final String PASSWORD = PostgresServer.SHARED.password();

    private final PostgresServer server;
    private final String name;

    private FreshDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public static FreshDatabase create(String purpose) {
        return create(PostgresServer.SHARED, purpose);
    }

    public static FreshDatabase create(PostgresServer server, String purpose) {
        String name = ("koers_t_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        admin(server, "CREATE DATABASE " + name);
        return new FreshDatabase(server, name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /**
     * Points a Spring Boot service at this database; pass {@code registry::add} of a {@code DynamicPropertyRegistry}
     * (taken as a function so this module needs no Spring).
     */
    public void registerAsDataSource(BiConsumer<String, Supplier<Object>> property) {
        property.accept("spring.datasource.url", this::jdbcUrl);
        property.accept("spring.datasource.username", this::user);
        property.accept("spring.datasource.password", this::password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /**
     * Makes the database unreachable as a restart of PostgreSQL does: every connection to it is terminated and new
     * ones are refused until {@link #acceptConnections()}.
     */
    public void refuseConnections() {
        admin(server, "ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        admin(server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    public void acceptConnections() {
        admin(server, "ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(PostgresServer server, String sql) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(server + " refused: " + sql + " (start it with infra/koers postgres)", e);
        }
    }
}
