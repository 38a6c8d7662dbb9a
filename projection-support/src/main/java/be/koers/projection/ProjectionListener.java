package be.koers.projection;

import be.koers.planning.api.shared.KoersTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Feeds the records of the event topics to the projections, a poll at a time: all records of a poll in one
 * transaction, acknowledged only after it committed, so a crash re-delivers rather than loses; the duplicate check
 * makes the re-delivery harmless. The poll's size is {@code koers.projection.batch-size} (default 500).
 * <p>
 * When that transaction rolls back, the poll is applied again one record per transaction, as far as the first
 * record that fails; that one is handed to {@link ProjectionErrorHandling} by its index, which commits the
 * records before it, retries or parks it, and has the records after it delivered again.
 */
@Component
class ProjectionListener {

    /** The listener container's id, by which a rebuild stops and restarts it. */
    static final String ID = "koers-projection";

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final EnvelopeDecoder decoder;
    private final PollTransaction pollTransaction;
    private final EventProjector projector;
    private final ParkedEvents parked;
    private final ProjectionMetrics metrics;
    private final ReplayProgress replay;

    ProjectionListener(EnvelopeDecoder decoder, PollTransaction pollTransaction, EventProjector projector,
                       ParkedEvents parked, ProjectionMetrics metrics, ReplayProgress replay) {
        this.decoder = decoder;
        this.pollTransaction = pollTransaction;
        this.projector = projector;
        this.parked = parked;
        this.metrics = metrics;
        this.replay = replay;
    }

    /** Every topic of {@link KoersTopics#ALL}: a topic missing here would silently leave its read models empty. */
    @KafkaListener(id = ID, idIsGroup = false, topics = "#{T(be.koers.planning.api.shared.KoersTopics).ALL}",
            batch = "true", properties = ConsumerConfig.MAX_POLL_RECORDS_CONFIG + "=${koers.projection.batch-size:500}")
    void onPoll(List<ConsumerRecord<String, String>> records, Acknowledgment acknowledgment) {
        List<Delivery> deliveries = records.stream().map(record -> Delivery.read(record, decoder)).toList();
        if (!appliedInOneTransaction(deliveries)) {
            applyOneByOne(deliveries);
        }
        acknowledgment.acknowledge();
    }

    private boolean appliedInOneTransaction(List<Delivery> deliveries) {
        List<Outcome> outcomes;
        try {
            outcomes = pollTransaction.apply(deliveries);
        } catch (RuntimeException rolledBack) {
            log.warn("A poll of {} records rolled back ({}); applying them one record per transaction", deliveries.size(),
                    rolledBack.toString());
            return false;
        }
        Instant committedAt = Instant.now();
        for (int index = 0; index < deliveries.size(); index++) {
            handled(deliveries.get(index), outcomes.get(index), committedAt);
        }
        if (outcomes.contains(Outcome.PARKED)) {
            parked.refreshCounts();
        }
        return true;
    }

    private void applyOneByOne(List<Delivery> deliveries) {
        for (int index = 0; index < deliveries.size(); index++) {
            Delivery delivery = deliveries.get(index);
            Outcome outcome;
            try {
                outcome = delivery.apply(projector, metrics, parked.holdsOn(List.of(delivery)));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Could not apply the record at " + coordinates(delivery.record()),
                        e, index);
            }
            handled(delivery, outcome, Instant.now());
            if (outcome == Outcome.PARKED) {
                parked.refreshCounts();
            }
        }
    }

    /** Called once the record's transaction committed. */
    private void handled(Delivery delivery, Outcome outcome, Instant committedAt) {
        metrics.count(outcome);
        if (outcome == Outcome.APPLIED) {
            metrics.visible(delivery.envelope(), committedAt);
            delivery.applied(metrics);
        }
        replay.processed(delivery.record());
    }

    static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
