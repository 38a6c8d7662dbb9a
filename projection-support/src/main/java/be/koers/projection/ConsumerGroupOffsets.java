package be.koers.projection;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves the projection's committed offsets back to the start of the topics. Committed offsets survive a crash,
 * unlike a seek in memory: if the service dies after the truncate, it still starts again from the beginning.
 */
@Component
class ConsumerGroupOffsets {

    private static final long TIMEOUT_SECONDS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);

    private final KafkaAdmin kafkaAdmin;
    private final String groupId;

    ConsumerGroupOffsets(KafkaAdmin kafkaAdmin, KafkaProperties kafka) {
        this.kafkaAdmin = kafkaAdmin;
        this.groupId = kafka.getConsumer().getGroupId();
    }

    /**
     * Points the group at the earliest offset of every partition of the topics. Kafka only lets an empty group's
     * offsets be changed; members here mean another instance still consumes and would write into the truncated
     * tables, so the rebuild is refused.
     */
    Replay rewindToEarliest(Collection<String> topics) {
        Admin admin = Admin.create(adminConfig());
        try {
            refuseIfGroupHasMembers(admin);
            List<TopicPartition> partitions = partitionsOf(admin, topics);
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
            if (!partitions.isEmpty()) {
                admin.alterConsumerGroupOffsets(groupId, earliest.entrySet().stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))))
                        .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            return new Replay(earliest, end);
        } catch (ExecutionException e) {
            throw new OperationRefused(HttpStatus.SERVICE_UNAVAILABLE, "rebuild", "kafka-unavailable",
                    "Kafka refused to reset the projection's offsets (" + e.getCause() + "); nothing was truncated.", e);
        } catch (TimeoutException e) {
            throw new OperationRefused(HttpStatus.SERVICE_UNAVAILABLE, "rebuild", "kafka-unavailable",
                    "Kafka did not answer within " + TIMEOUT_SECONDS + " s; nothing was truncated.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationRefused(HttpStatus.SERVICE_UNAVAILABLE, "rebuild", "interrupted", "Interrupted while resetting offsets", e);
        } finally {
            // without a bound, closing waits for calls still pending against an unreachable broker
            admin.close(TIMEOUT);
        }
    }

    /** Per partition, the offset the group committed: how far its listener got. */
    Map<TopicPartition, Long> committed() {
        Admin admin = Admin.create(adminConfig());
        try {
            return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .entrySet().stream()
                    .filter(committed -> committed.getValue() != null)
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, committed -> committed.getValue().offset()));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the committed offsets of " + groupId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the committed offsets", e);
        } finally {
            admin.close(TIMEOUT);
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return config;
    }

    private void refuseIfGroupHasMembers(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        ConsumerGroupDescription group;
        try {
            group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            throw e;
        }
        if (!group.members().isEmpty()) {
            throw new OperationRefused(HttpStatus.CONFLICT, "rebuild", "consumer-group-active",
                    "Consumer group " + groupId + " still has " + group.members().size()
                            + " member(s): stop the other query-service instances before rebuilding.");
        }
    }

    private static List<TopicPartition> partitionsOf(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .filter(topics::contains)
                .collect(Collectors.toSet());
        Map<String, TopicDescription> descriptions = admin.describeTopics(existing).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return descriptions.values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
