package be.koers.bench.load;

import be.koers.testing.FreshDatabase;
import io.micrometer.core.instrument.Timer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage limit: single-row inserts, each committed, into a table shaped like Axon's event table, on the same
 * PostgreSQL server, by as many clients as the command load has. A command can be no cheaper than this.
 */
public final class RawInserts {

    private static final String INSERT = """
            INSERT INTO event_entry (event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                                     payload, meta_data, time_stamp)
            VALUES (?, ?, ?, 'Plan', 'be.koers.planning.api.plan.ItemRevised', ?, NULL, now()::text)""";

    private RawInserts() {
    }

    public static LoadResult run(int clients, Duration duration, int payloadBytes, Timer latency) {
        try (FreshDatabase database = FreshDatabase.create("bench_raw")) {
            createTable(database);
            String payload = "{\"title\":\"" + "x".repeat(Math.max(0, payloadBytes - 12)) + "\"}";
            AtomicLong sequence = new AtomicLong();
            Queue<Connection> connections = new ConcurrentLinkedQueue<>();
            // autocommit: every insert is its own transaction, as every command is
            ThreadLocal<PreparedStatement> insert = ThreadLocal.withInitial(() -> {
                try {
                    Connection connection = database.connect();
                    connections.add(connection);
                    return connection.prepareStatement(INSERT);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                return ClosedLoop.run(clients, duration, () -> {
                    try {
                        PreparedStatement statement = insert.get();
                        statement.setString(1, UUID.randomUUID().toString());
                        statement.setString(2, "aggregate-" + Thread.currentThread().getId());
                        statement.setLong(3, sequence.incrementAndGet());
                        statement.setString(4, payload);
                        return statement.executeUpdate() == 1;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, latency);
            } finally {
                for (Connection connection : connections) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // the database is dropped next
                    }
                }
            }
        }
    }

    private static void createTable(FreshDatabase database) {
        try (Connection connection = database.connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE event_entry (
                        global_index bigserial PRIMARY KEY,
                        event_identifier varchar(255) NOT NULL UNIQUE,
                        aggregate_identifier varchar(255) NOT NULL,
                        sequence_number bigint NOT NULL,
                        type varchar(255),
                        payload_type varchar(255) NOT NULL,
                        payload text NOT NULL,
                        meta_data text,
                        time_stamp varchar(255) NOT NULL,
                        UNIQUE (aggregate_identifier, sequence_number))""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
