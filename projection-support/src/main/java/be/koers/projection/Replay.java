package be.koers.projection;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.stream.Collectors;

/** The records a rebuild replays: per partition, from the earliest offset up to (not including) the end offset. */
record Replay(Map<TopicPartition, Long> earliestOffsets, Map<TopicPartition, Long> endOffsets) {

    long recordCount() {
        return endOffsets.entrySet().stream()
                .mapToLong(end -> end.getValue() - earliestOffsets.getOrDefault(end.getKey(), end.getValue()))
                .sum();
    }

    /** The end offsets of the partitions that hold records; an empty partition has nothing to wait for. */
    Map<TopicPartition, Long> nonEmptyEndOffsets() {
        return endOffsets.entrySet().stream()
                .filter(end -> end.getValue() > earliestOffsets.getOrDefault(end.getKey(), end.getValue()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
