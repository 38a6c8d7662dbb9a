package be.koers.system.faults;

import be.koers.planning.api.shared.KoersTopics;
import be.koers.testing.FreshDatabase;
import be.koers.testing.KoersSystem;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system's side of the count, per event id: the events stored in the command-service's event store, the
 * {@code koers-event-id}s on the event topics (read from the beginning by a consumer of no group; Kafka may hold a
 * record twice, publication being at-least-once), and what each read model applied per aggregate
 * ({@code applied_event}: a claim only takes a strictly higher sequence number, so an aggregate whose
 * {@code applied_count} equals its number of stored events and whose {@code last_sequence} is its highest has had
 * each of them applied once).
 */
final class Ledger implements AutoCloseable {

    private final KoersSystem koers;
    private final KafkaConsumer<String, String> topics;
    private final Map<String, Integer> copiesOnKafka = new HashMap<>();

    Ledger(KoersSystem koers) {
        this.koers = koers;
        topics = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, koers.kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = KoersTopics.ALL.stream()
                .flatMap(topic -> topics.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        topics.assign(partitions);
        topics.seekToBeginning(partitions);
    }

    /** One aggregate's events: how many, and the highest sequence number (applied: as a read model counted them). */
    record Events(long count, long lastSequence) {
    }

    /** The events in the event store. */
    Stored stored() throws SQLException {
        Set<String> ids = new HashSet<>();
        Map<String, Events> perAggregate = new HashMap<>();
        try (Connection c = koers.commandDatabase.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number FROM domain_event_entry")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                perAggregate.merge(rows.getString(2), new Events(1, rows.getLong(3)),
                        (a, b) -> new Events(a.count() + b.count(), Math.max(a.lastSequence(), b.lastSequence())));
            }
        }
        return new Stored(ids, perAggregate);
    }

    record Stored(Set<String> eventIds, Map<String, Events> perAggregate) {
    }

    /** Every event id on the topics with its number of copies, read as far as the topics' current ends. */
    Map<String, Integer> published() {
        Map<TopicPartition, Long> ends = topics.endOffsets(topics.assignment(), Duration.ofSeconds(30));
        while (ends.entrySet().stream().anyMatch(end -> topics.position(end.getKey(), Duration.ofSeconds(30)) < end.getValue())) {
            for (ConsumerRecord<String, String> record : topics.poll(Duration.ofMillis(500))) {
                Header id = record.headers().lastHeader("koers-event-id");
                copiesOnKafka.merge(id == null ? "(no koers-event-id header)" : new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
        }
        return Map.copyOf(copiesOnKafka);
    }

    /** What a read model applied, per aggregate. */
    static Map<String, Events> applied(FreshDatabase readModel) throws SQLException {
        Map<String, Events> perAggregate = new HashMap<>();
        try (Connection c = readModel.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT aggregate_id, applied_count, last_sequence FROM applied_event")) {
            while (rows.next()) {
                perAggregate.put(rows.getString(1), new Events(rows.getLong(2), rows.getLong(3)));
            }
        }
        return perAggregate;
    }

    /** Whether everything stored is on Kafka and applied once in both read models. */
    boolean whole() throws SQLException {
        Stored stored = stored();
        return published().keySet().equals(stored.eventIds())
                && applied(koers.queryDatabase).equals(stored.perAggregate())
                && applied(koers.reportingDatabase).equals(stored.perAggregate());
    }

    /** Whether everything stored is on Kafka and applied once in both read models, but the events of one aggregate. */
    boolean wholeBut(String aggregate) throws SQLException {
        Stored stored = stored();
        Map<String, Events> expected = without(stored.perAggregate(), aggregate);
        return published().keySet().equals(stored.eventIds())
                && without(applied(koers.queryDatabase), aggregate).equals(expected)
                && without(applied(koers.reportingDatabase), aggregate).equals(expected);
    }

    private static Map<String, Events> without(Map<String, Events> perAggregate, String aggregate) {
        Map<String, Events> others = new HashMap<>(perAggregate);
        others.remove(aggregate);
        return others;
    }

    @Override
    public void close() {
        topics.close();
    }
}
