package be.koers.testing;

/**
 * A PostgreSQL server that tests create their databases on: the machine's shared one ({@link #SHARED}), or a
 * throwaway cluster of a test's own ({@link ThrowawayPostgres#server()}) that the test may restart.
 */
public record PostgresServer(String host, int port, String user, String password) {

    /**
     * The local server (127.0.0.1:5432, user postgres, no password) unless {@code KOERS_TEST_PG_HOST} /
     * {@code KOERS_TEST_PG_PORT} / {@code KOERS_TEST_PG_USER} / {@code KOERS_TEST_PG_PASSWORD} say otherwise.
     */
    public static final PostgresServer SHARED = new PostgresServer(env("KOERS_TEST_PG_HOST", "127.0.0.1"),
            Integer.parseInt(env("KOERS_TEST_PG_PORT", "5432")), env("KOERS_TEST_PG_USER", "postgres"),
            env("KOERS_TEST_PG_PASSWORD", ""));

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + host + ":" + port;
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
