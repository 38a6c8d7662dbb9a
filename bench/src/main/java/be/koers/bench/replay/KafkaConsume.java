package be.koers.bench.replay;

import be.koers.planning.api.shared.KoersTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A baseline for replay: how fast a plain consumer reads every record of the event topics from the beginning,
 * doing nothing with them but decode the strings (the services' listeners deserialize the same way).
 */
public final class KafkaConsume {

    private static final Duration GIVE_UP = Duration.ofMinutes(30);

    private KafkaConsume() {
    }

    public static Rate run(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        long start = System.nanoTime();
        long records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = KoersTopics.ALL.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long expected = ends.values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            // assigned, not subscribed: no group join, so this is the broker's and the client's own read rate
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = start + GIVE_UP.toNanos();
            while (records < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Read " + records + " of " + expected + " records in " + GIVE_UP);
                }
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(500));
                records += batch.count();
            }
        }
        return new Rate(records, (System.nanoTime() - start) / 1e9);
    }
}
