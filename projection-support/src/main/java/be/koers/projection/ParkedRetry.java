package be.koers.projection;

import be.koers.projection.ParkedEvents.ParkedEvent;
import be.koers.projection.ProjectionOperations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an aggregate's parked events again, in their order, once what stopped them is fixed: each in a transaction
 * of its own, so those that apply stay applied when a later one still fails, which stays parked with the ones behind
 * it. Skipping gives up on the first of them, for an event that can never apply, and goes on with the rest.
 */
@Component
class ParkedRetry {

    private static final Logger log = LoggerFactory.getLogger(ParkedRetry.class);

    private final ParkedEvents parked;
    private final ProjectionOperations operations;
    private final EnvelopeDecoder decoder;
    private final EventProjector projector;
    private final ProjectionMetrics metrics;
    private final TransactionTemplate transactions;

    ParkedRetry(ParkedEvents parked, ProjectionOperations operations, EnvelopeDecoder decoder, EventProjector projector,
                ProjectionMetrics metrics, PlatformTransactionManager transactionManager) {
        this.parked = parked;
        this.operations = operations;
        this.decoder = decoder;
        this.projector = projector;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Every parked sequence, one after the other. */
    List<RetryResult> retryAll(String actor) {
        List<RetryResult> results = new ArrayList<>();
        for (String sequence : parked.all().keySet()) {
            results.add(retry(sequence, actor));
        }
        return results;
    }

    RetryResult retry(String sequence, String actor) {
        List<ParkedEvent> events = parked.sequence(sequence);
        if (events.isEmpty()) {
            throw notParked(sequence);
        }
        RetryResult result = applyInOrder(sequence, events, 0);
        operations.record(Operation.RETRY, actor, sequence, null, null, result.summary());
        return result;
    }

    /** Skips the first parked event of the sequence, for good (a rebuild skips it too), and retries the rest. */
    RetryResult skip(String sequence, String eventId, String reason, String actor) {
        ParkedEvent first = parked.first(sequence).orElseThrow(() -> notParked(sequence));
        if (!first.eventId().equals(eventId)) {
            throw new OperationRefused(HttpStatus.CONFLICT, "eventId", "not-first-parked", "Only the first parked event of "
                    + sequence + " can be skipped, " + first.eventId() + "; " + eventId + " waits behind it.");
        }
        transactions.executeWithoutResult(status -> {
            parked.lock(sequence);
            parked.release(eventId);
            operations.record(Operation.SKIP, actor, sequence, eventId, reason, "skipped");
        });
        metrics.count(Outcome.SKIPPED);
        log.warn("{} skipped parked event {} of {} ({}): {}", actor, eventId, sequence, first.eventType(), reason);
        List<ParkedEvent> behind = parked.sequence(sequence);
        RetryResult result = applyInOrder(sequence, behind, 1);
        if (!behind.isEmpty()) {
            operations.record(Operation.RETRY, actor, sequence, null, null, result.summary());
        }
        return result;
    }

    /**
     * Applies the parked events in order, and then those parked behind them meanwhile (deliveries go on during a
     * retry), until none is left or one still fails.
     */
    private RetryResult applyInOrder(String sequence, List<ParkedEvent> events, int skipped) {
        int applied = 0;
        int duplicates = 0;
        for (List<ParkedEvent> batch = events; !batch.isEmpty(); batch = parked.sequence(sequence)) {
            for (int index = 0; index < batch.size(); index++) {
                ParkedEvent event = batch.get(index);
                PolledRecord polled = PolledRecord.read(event.asRecord(), decoder);
                Outcome outcome;
                try {
                    outcome = transactions.execute(status -> applyReleased(sequence, polled));
                } catch (RuntimeException failure) {
                    transactions.executeWithoutResult(status -> parked.failedAgain(event.eventId(), failure.toString()));
                    parked.refreshCounts();
                    int stillParked = parked.sequence(sequence).size();
                    log.warn("Parked {} of {} still cannot be applied; it and the {} after it stay parked: {}",
                            polled.describe(), sequence, stillParked - 1, failure.toString());
                    return new RetryResult(sequence, applied, duplicates, skipped, stillParked,
                            new StillFailing(event.eventId(), event.eventType(), failure.toString()));
                }
                metrics.count(outcome);
                if (outcome == Outcome.APPLIED) {
                    applied++;
                } else if (outcome == Outcome.DUPLICATE) {
                    duplicates++;
                }
            }
        }
        parked.refreshCounts();
        log.info("Applied the parked events of {}: {} applied, {} already applied", sequence, applied, duplicates);
        return new RetryResult(sequence, applied, duplicates, skipped, 0, null);
    }

    /** Takes the event out of the parked ones and applies it, in one transaction: both, or neither. */
    private Outcome applyReleased(String sequence, PolledRecord polled) {
        parked.lock(sequence);
        parked.release(polled.eventId());
        if (polled.unreadable() != null) {
            throw new MalformedEventException(polled.unreadable());
        }
        return projector.project(polled.envelope(), polled.event());
    }

    private static OperationRefused notParked(String sequence) {
        return new OperationRefused(HttpStatus.NOT_FOUND, "sequence", "not-parked", "No event of " + sequence + " is parked.");
    }

    /**
     * @param sequence    the aggregate whose parked events were tried
     * @param applied     events applied now
     * @param duplicates  events that had been applied already (delivered twice)
     * @param skipped     events skipped by the operator: 1 for a skip, else 0
     * @param stillParked events left parked: the one that still fails and those behind it
     * @param stillFailing the event that still fails; absent when the whole sequence applied
     */
    record RetryResult(String sequence, int applied, int duplicates, int skipped, int stillParked,
                       StillFailing stillFailing) {

        String summary() {
            return stillFailing == null ? "applied " + applied + ", already applied " + duplicates
                    : "applied " + applied + ", still failing " + stillFailing.eventId() + ", " + stillParked + " still parked";
        }
    }

    record StillFailing(String eventId, String type, String error) {
    }
}
