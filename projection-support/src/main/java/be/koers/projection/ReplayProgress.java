package be.koers.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** How far the listener got in each partition, so a rebuild knows when it has replayed everything it set out to. */
@Component
class ReplayProgress {

    private final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();
    private volatile Goal goal = new Goal(Map.of(), CompletableFuture.completedFuture(null));

    void processed(ConsumerRecord<?, ?> record) {
        nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        goal.completeIfReached(nextOffsets);
    }

    /**
     * Forgets the positions reached so far and follows a new replay; call it while the listener is stopped.
     *
     * @param endOffsets per partition, the offset after the last record to replay
     * @return completes once the listener processed every partition up to its end offset
     */
    CompletableFuture<Void> follow(Map<TopicPartition, Long> endOffsets) {
        nextOffsets.clear();
        return resume(endOffsets, Map.of());
    }

    /**
     * Follows a replay that began before this instance started: the committed offsets say how far it got.
     *
     * @param endOffsets per partition, the offset after the last record to replay
     * @param committed  per partition, the offset the listener's group committed
     * @return completes once the listener processed every partition up to its end offset
     */
    CompletableFuture<Void> resume(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> committed) {
        committed.forEach((partition, offset) -> nextOffsets.merge(partition, offset, Math::max));
        Goal replay = new Goal(Map.copyOf(endOffsets), new CompletableFuture<>());
        goal = replay;
        replay.completeIfReached(nextOffsets);
        return replay.reached();
    }

    private record Goal(Map<TopicPartition, Long> endOffsets, CompletableFuture<Void> reached) {

        void completeIfReached(Map<TopicPartition, Long> nextOffsets) {
            if (!reached.isDone() && endOffsets.entrySet().stream()
                    .allMatch(end -> nextOffsets.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
                reached.complete(null);
            }
        }
    }
}
