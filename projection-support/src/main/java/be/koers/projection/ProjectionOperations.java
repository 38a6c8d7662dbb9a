package be.koers.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit of what operators did to the read model ({@code projection_operation}): rebuilds, retries of parked
 * events and skips, with who, why and how it ended. A rebuild keeps it.
 */
@Component
class ProjectionOperations {

    enum Operation { REBUILD, RETRY, SKIP }

    private final JdbcClient jdbc;

    ProjectionOperations(JdbcClient jdbc, ProjectionSupportSchema schema) {
        this.jdbc = jdbc;
    }

    void record(Operation operation, String actor, String sequenceKey, String eventId, String reason, String outcome) {
        jdbc.sql("""
                        INSERT INTO projection_operation (at, actor, operation, sequence_key, event_id, reason, outcome)
                        VALUES (:at, :actor, :operation, :key, :eventId, :reason, :outcome)""")
                .param("at", Timestamp.from(Instant.now()))
                .param("actor", actor)
                .param("operation", operation.name())
                .param("key", sequenceKey)
                .param("eventId", eventId)
                .param("reason", reason)
                .param("outcome", outcome)
                .update();
    }

    /** Of these events, those an operator skipped. */
    Set<String> skippedAmong(Collection<String> eventIds) {
        return new HashSet<>(jdbc.sql("SELECT event_id FROM projection_operation WHERE operation = 'SKIP' AND event_id = ANY(:ids)")
                .param("ids", eventIds.toArray(String[]::new))
                .query(String.class).list());
    }

    /** The latest operations, newest first. */
    List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT at, actor, operation, sequence_key, event_id, reason, outcome
                        FROM projection_operation ORDER BY id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("operation"), rs.getString("sequence_key"), rs.getString("event_id"),
                        rs.getString("reason"), rs.getString("outcome")))
                .list();
    }

    /**
     * @param sequence the aggregate whose parked events it concerned; absent for a rebuild
     * @param reason   why, as the operator said (a skip must give one)
     */
    record Entry(Instant at, String actor, String operation, String sequence, String eventId, String reason,
                 String outcome) {
    }
}
