package be.koers.projection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Applies the records of one poll in one transaction: a commit per poll instead of one per record is what makes
 * a replay fast. Each record keeps its own duplicate check, in record order, inside that transaction, and what holds
 * records back (parked aggregates, skipped events) is read once for the whole poll.
 */
@Component
class PollTransaction {

    private final EventProjector projector;
    private final ParkedEvents parked;
    private final ProjectionMetrics metrics;
    private final TransactionTemplate transactions;

    PollTransaction(EventProjector projector, ParkedEvents parked, ProjectionMetrics metrics,
                    PlatformTransactionManager transactionManager) {
        this.projector = projector;
        this.parked = parked;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @return each record's outcome, in record order, once the transaction committed
     * @throws RuntimeException what made the transaction roll back: then none of the records is applied
     */
    List<Outcome> apply(List<PolledRecord> polledRecords) {
        return metrics.timeBatch(polledRecords.size(), () -> transactions.execute(status -> {
            Holds holds = parked.holdsOn(polledRecords);
            return polledRecords.stream().map(polled -> polled.apply(projector, metrics, holds)).toList();
        }));
    }
}
