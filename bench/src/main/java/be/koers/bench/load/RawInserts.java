package be.koers.bench.load;

import be.koers.testing.FreshDatabase;
import io.micrometer.core.instrument.Timer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage limit: single-row inserts, each committed, into a table shaped like Axon's event table, on the same
 * PostgreSQL server, by as many clients as the command load has, each on its own connection. A command can be no
 * cheaper than this. The connections are opened before and closed after the measurement, so that it holds neither,
 * and so that their server processes still exist when their CPU time is read.
 */
public final class RawInserts implements AutoCloseable {

    private static final String INSERT = """
            INSERT INTO event_entry (event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                                     payload, meta_data, time_stamp)
            VALUES (?, ?, ?, 'Plan', 'be.koers.planning.api.plan.ItemRevised', ?, NULL, now()::text)""";

    /** Its database's name starts so: FreshDatabase prefixes the purpose with koers_t_. */
    public static final String DATABASE_PREFIX = "koers_t_bench_raw_";

    private final FreshDatabase database = FreshDatabase.create("bench_raw");
    private final List<Connection> connections = new ArrayList<>();
    private final BlockingQueue<PreparedStatement> statements = new LinkedBlockingQueue<>();
    private final String payload;
    private final int clients;

    public RawInserts(int clients, int payloadCharacters) {
        this.clients = clients;
        this.payload = "{\"title\":\"" + "x".repeat(Math.max(0, payloadCharacters - 12)) + "\"}";
        try {
            createTable();
            for (int i = 0; i < clients; i++) {
                Connection connection = database.connect(); // autocommit: every insert is its own transaction, as every command is
                connections.add(connection);
                statements.add(connection.prepareStatement(INSERT));
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Cannot prepare the raw insert baseline", e);
        }
    }

    public LoadResult run(Duration duration, Timer latency) {
        AtomicLong sequence = new AtomicLong();
        ThreadLocal<PreparedStatement> own = ThreadLocal.withInitial(statements::poll);
        return ClosedLoop.run(clients, duration, () -> {
            try {
                PreparedStatement statement = own.get();
                statement.setString(1, UUID.randomUUID().toString());
                statement.setString(2, "aggregate-" + Thread.currentThread().getId());
                statement.setLong(3, sequence.incrementAndGet());
                statement.setString(4, payload);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, latency);
    }

    private void createTable() throws SQLException {
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
        }
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database is dropped next
            }
        }
        database.close();
    }
}
