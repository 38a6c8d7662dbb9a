package be.koers.bench.replay;

import be.koers.testing.FreshDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A baseline for replay: how fast the event table alone can be read in order, payloads included, with a cursor,
 * as a tracking processor reads it.
 */
public final class EventStoreRead {

    private EventStoreRead() {
    }

    public static Rate run(FreshDatabase eventStore) {
        long start = System.nanoTime();
        long rows = 0;
        long characters = 0;
        try (Connection connection = eventStore.connect()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet events = statement.executeQuery(
                        "SELECT global_index, aggregate_identifier, sequence_number, payload_type, payload, meta_data "
                                + "FROM domain_event_entry ORDER BY global_index")) {
                    while (events.next()) {
                        rows++;
                        characters += events.getString(5).length();
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the event store failed", e);
        }
        if (characters == 0 && rows > 0) {
            throw new IllegalStateException("Events without payloads");
        }
        return new Rate(rows, (System.nanoTime() - start) / 1e9);
    }
}
