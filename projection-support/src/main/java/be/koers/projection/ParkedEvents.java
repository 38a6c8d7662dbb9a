package be.koers.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code parked_event} table: events the read model could not apply, and behind each the later events of its
 * aggregate, waiting in order. Its counts are kept in memory too, refreshed after every change and every 15 s, so
 * health and metrics answer without the database.
 */
@Component
class ParkedEvents {

    static final String TABLE = "parked_event";

    private final JdbcClient jdbc;
    private final ProjectionOperations operations;
    private volatile ParkedCounts counts = ParkedCounts.NONE;

    ParkedEvents(JdbcClient jdbc, ProjectionOperations operations, ProjectionMetrics metrics, ProjectionSupportSchema schema) {
        this.jdbc = jdbc;
        this.operations = operations;
        metrics.parkedNow(() -> counts.events());
    }

    /** What keeps these records from being applied, read in the transaction under way. */
    Holds holdsOn(List<PolledRecord> polledRecords) {
        List<String> keys = polledRecords.stream().map(PolledRecord::sequenceKey).distinct().toList();
        List<String> parkedKeys = jdbc.sql("SELECT DISTINCT sequence_key FROM parked_event WHERE sequence_key = ANY(:keys)")
                .param("keys", keys.toArray(String[]::new))
                .query(String.class).list();
        return new Holds(new HashSet<>(parkedKeys),
                operations.skippedAmong(polledRecords.stream().map(PolledRecord::eventId).toList()));
    }

    /**
     * Whether the aggregate still has parked events, once no retry of it runs: the lock, held to the end of the
     * transaction, makes a record wait for a retry of its aggregate rather than slip in between its events.
     */
    boolean stillParked(String sequenceKey) {
        lock(sequenceKey);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM parked_event WHERE sequence_key = :key)")
                .param("key", sequenceKey).query(Boolean.class).single();
    }

    /** Serialises the deliveries and retries of one aggregate, until the transaction ends. */
    void lock(String sequenceKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", sequenceKey).query((rs, row) -> 1).list();
    }

    /** Parks an event that could not be applied; a second delivery of it keeps the first's place and counts again. */
    void park(PolledRecord polled, String error, int attempts) {
        insert(polled, error, attempts);
    }

    /** Parks an event behind the parked ones of its aggregate, without trying it. */
    void waitBehind(PolledRecord polled) {
        insert(polled, null, 0);
    }

    private void insert(PolledRecord polled, String error, int attempts) {
        ConsumerRecord<String, String> record = polled.record();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO parked_event (event_id, sequence_key, sequence_number, event_type, tenant, topic,
                                                  kafka_partition, kafka_offset, record, error, attempts, parked_at, last_attempt_at)
                        VALUES (:eventId, :key, :sequence, :type, :tenant, :topic, :partition, :offset, :record, :error,
                                :attempts, :now, :now)
                        ON CONFLICT (event_id) DO UPDATE
                        SET error = coalesce(EXCLUDED.error, parked_event.error),
                            attempts = parked_event.attempts + EXCLUDED.attempts,
                            last_attempt_at = EXCLUDED.last_attempt_at""")
                .param("eventId", polled.eventId())
                .param("key", polled.sequenceKey())
                .param("sequence", polled.envelope() == null ? null : polled.envelope().sequenceNumber())
                .param("type", polled.envelope() == null ? null : polled.envelope().type())
                .param("tenant", polled.envelope() == null ? null : polled.envelope().tenant())
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("record", record.value() == null ? "" : record.value())
                .param("error", error)
                .param("attempts", attempts)
                .param("now", now)
                .update();
    }

    /** The parked events of one aggregate, first parked first. */
    List<ParkedEvent> sequence(String sequenceKey) {
        return jdbc.sql(SELECT + " WHERE sequence_key = :key ORDER BY kafka_partition, kafka_offset")
                .param("key", sequenceKey).query(ParkedEvent::read).list();
    }

    /** Every parked sequence, oldest first, each in its order. */
    Map<String, List<ParkedEvent>> all() {
        Map<String, List<ParkedEvent>> sequences = new LinkedHashMap<>();
        jdbc.sql(SELECT + """

                        ORDER BY min(parked_at) OVER (PARTITION BY sequence_key), sequence_key,
                                  kafka_partition, kafka_offset""")
                .query(ParkedEvent::read).list()
                .forEach(event -> sequences.computeIfAbsent(event.sequenceKey(), key -> new ArrayList<>()).add(event));
        return sequences;
    }

    Optional<ParkedEvent> first(String sequenceKey) {
        return sequence(sequenceKey).stream().findFirst();
    }

    void release(String eventId) {
        jdbc.sql("DELETE FROM parked_event WHERE event_id = :eventId").param("eventId", eventId).update();
    }

    void failedAgain(String eventId, String error) {
        jdbc.sql("UPDATE parked_event SET error = :error, attempts = attempts + 1, last_attempt_at = :now WHERE event_id = :eventId")
                .param("eventId", eventId).param("error", error).param("now", Timestamp.from(Instant.now())).update();
    }

    ParkedCounts counts() {
        return counts;
    }

    /** Reads the counts again; on a schedule too, as a rebuild or another instance changes the table. */
    @Scheduled(fixedDelay = 15_000)
    void refreshCounts() {
        counts = jdbc.sql("SELECT count(*), count(DISTINCT sequence_key), min(parked_at) FROM parked_event")
                .query((rs, row) -> new ParkedCounts(rs.getLong(1), rs.getLong(2),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)))
                .single();
    }

    private static final String SELECT = """
            SELECT event_id, sequence_key, sequence_number, event_type, tenant, topic, kafka_partition, kafka_offset,
                   record, error, attempts, parked_at, last_attempt_at
            FROM parked_event""";

    /**
     * @param events    parked events, those waiting behind the first of their aggregate included
     * @param sequences aggregates with parked events
     * @param oldest    when the longest parked of them was parked; null when none is
     */
    record ParkedCounts(long events, long sequences, Instant oldest) {
        static final ParkedCounts NONE = new ParkedCounts(0, 0, null);
    }

    /** One row of the table; {@code error} is null for an event that only waits behind an earlier one. */
    record ParkedEvent(String eventId, String sequenceKey, Long sequenceNumber, String eventType, String tenant,
                       String topic, int kafkaPartition, long kafkaOffset, String record, String error, int attempts,
                       Instant parkedAt, Instant lastAttemptAt) {

        static ParkedEvent read(ResultSet rs, int row) throws SQLException {
            return new ParkedEvent(rs.getString("event_id"), rs.getString("sequence_key"),
                    rs.getObject("sequence_number", Long.class),
                    rs.getString("event_type"), rs.getString("tenant"), rs.getString("topic"), rs.getInt("kafka_partition"),
                    rs.getLong("kafka_offset"), rs.getString("record"), rs.getString("error"), rs.getInt("attempts"),
                    rs.getTimestamp("parked_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant());
        }

        ConsumerRecord<String, String> asRecord() {
            return new ConsumerRecord<>(topic, kafkaPartition, kafkaOffset, sequenceKey, record);
        }
    }

}
