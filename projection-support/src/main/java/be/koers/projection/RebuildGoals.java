package be.koers.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a rebuild set out to replay ({@code projection_rebuild}), written with the truncate: as long as it is not
 * reached the read model is incomplete, also for a service started again after a crash in the middle of it.
 */
@Component
class RebuildGoals {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RebuildGoals(JdbcClient jdbc, ObjectMapper json, ProjectionSupportSchema schema) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Call it in the truncate's transaction. */
    void begin(Instant startedAt, Replay replay) {
        Map<String, Long> endOffsets = replay.nonEmptyEndOffsets().entrySet().stream()
                .collect(Collectors.toMap(end -> end.getKey().toString(), Map.Entry::getValue));
        jdbc.sql("INSERT INTO projection_rebuild (started_at, records, end_offsets) VALUES (:startedAt, :records, :endOffsets::jsonb)")
                .param("startedAt", Timestamp.from(startedAt))
                .param("records", replay.recordCount())
                .param("endOffsets", write(endOffsets))
                .update();
    }

    void reached(Instant startedAt) {
        jdbc.sql("UPDATE projection_rebuild SET completed_at = :now WHERE started_at = :startedAt")
                .param("now", Timestamp.from(Instant.now()))
                .param("startedAt", Timestamp.from(startedAt))
                .update();
    }

    /** The latest rebuild, unless it replayed everything it started with. */
    Optional<Goal> unfinished() {
        return jdbc.sql("""
                        SELECT started_at, records, end_offsets::text FROM projection_rebuild
                        WHERE started_at = (SELECT max(started_at) FROM projection_rebuild) AND completed_at IS NULL""")
                .query((rs, row) -> new Goal(rs.getTimestamp("started_at").toInstant(), rs.getLong("records"), read(rs.getString(3))))
                .optional();
    }

    private String write(Map<String, Long> endOffsets) {
        try {
            return json.writeValueAsString(endOffsets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> read(String endOffsets) {
        try {
            Map<String, Long> byName = json.readValue(endOffsets, new TypeReference<>() {
            });
            return byName.entrySet().stream().collect(Collectors.toUnmodifiableMap(end -> partition(end.getKey()), Map.Entry::getValue));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable end offsets of a rebuild: " + endOffsets, e);
        }
    }

    /** The inverse of {@link TopicPartition#toString()}: topic names may hold '-', partition numbers do not. */
    private static TopicPartition partition(String name) {
        int dash = name.lastIndexOf('-');
        return new TopicPartition(name.substring(0, dash), Integer.parseInt(name.substring(dash + 1)));
    }

    record Goal(Instant startedAt, long records, Map<TopicPartition, Long> endOffsets) {
    }
}
