package be.koers.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Parks a record whose event failed {@link #ATTEMPTS} times, with its error, so the partition moves on. */
@Component
class FailedEventParking {

    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(FailedEventParking.class);

    private final EnvelopeDecoder decoder;
    private final ParkedEvents parked;
    private final ProjectionMetrics metrics;
    private final ReplayProgress replay;
    private final TransactionTemplate transactions;

    FailedEventParking(EnvelopeDecoder decoder, ParkedEvents parked, ProjectionMetrics metrics, ReplayProgress replay,
                       PlatformTransactionManager transactionManager) {
        this.decoder = decoder;
        this.parked = parked;
        this.metrics = metrics;
        this.replay = replay;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void park(ConsumerRecord<?, ?> failed, Exception e) {
        @SuppressWarnings("unchecked")
        PolledRecord polled = PolledRecord.read((ConsumerRecord<String, String>) failed, decoder);
        Throwable cause = e;
        // past the listener container's wrappers, to what the projection threw
        while (cause instanceof KafkaException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String error = cause.toString();
        transactions.executeWithoutResult(status -> parked.park(polled, error, ATTEMPTS));
        log.error("Parked {} at {} after {} attempts; the events of {} after it wait behind it until it is retried",
                polled.describe(), ProjectionListener.coordinates(failed), ATTEMPTS, polled.sequenceKey(), cause);
        metrics.count(Outcome.PARKED);
        parked.refreshCounts();
        replay.processed(failed);
    }
}
