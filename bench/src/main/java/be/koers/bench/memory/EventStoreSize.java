package be.koers.bench.memory;

import be.koers.testing.FreshDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The event store on disk: the event table with its indexes and TOAST, per event; snapshots apart. */
public record EventStoreSize(long events, long tableBytes, long snapshotBytes) {

    public static EventStoreSize of(FreshDatabase eventStore) {
        try (Connection connection = eventStore.connect();
             Statement statement = connection.createStatement();
             ResultSet size = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM domain_event_entry),
                            pg_total_relation_size('domain_event_entry'),
                            pg_total_relation_size('snapshot_event_entry')""")) {
            size.next();
            return new EventStoreSize(size.getLong(1), size.getLong(2), size.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot measure the event store", e);
        }
    }

    public double bytesPerEvent() {
        return (double) tableBytes / events;
    }
}
