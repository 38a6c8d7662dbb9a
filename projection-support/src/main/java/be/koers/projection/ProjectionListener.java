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
        List<PolledRecord> polledRecords = records.stream().map(record -> PolledRecord.read(record, decoder)).toList();
        if (!appliedInOneTransaction(polledRecords)) {
            applyOneByOne(polledRecords);
        }
        acknowledgment.acknowledge();
    }

    private boolean appliedInOneTransaction(List<PolledRecord> polledRecords) {
        List<Outcome> outcomes;
        try {
            outcomes = pollTransaction.apply(polledRecords);
        } catch (RuntimeException rolledBack) {
            log.warn("A poll of {} records rolled back ({}); applying them one record per transaction", polledRecords.size(),
                    rolledBack.toString());
            return false;
        }
        Instant committedAt = Instant.now();
        for (int index = 0; index < polledRecords.size(); index++) {
            handled(polledRecords.get(index), outcomes.get(index), committedAt);
        }
        if (outcomes.contains(Outcome.PARKED)) {
            parked.refreshCounts();
        }
        return true;
    }

    private void applyOneByOne(List<PolledRecord> polledRecords) {
        for (int index = 0; index < polledRecords.size(); index++) {
            PolledRecord polled = polledRecords.get(index);
            Outcome outcome;
            try {
                outcome = polled.apply(projector, metrics, parked.holdsOn(List.of(polled)));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Could not apply the record at " + coordinates(polled.record()),
                        e, index);
            }
            handled(polled, outcome, Instant.now());
            if (outcome == Outcome.PARKED) {
                parked.refreshCounts();
            }
        }
    }

    /** Called once the record's transaction committed. */
    private void handled(PolledRecord polled, Outcome outcome, Instant committedAt) {
        metrics.count(outcome);
        if (outcome == Outcome.APPLIED) {
            metrics.visible(polled.envelope(), committedAt);
            polled.applied(metrics);
        }
        replay.processed(polled.record());
    }

    static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
