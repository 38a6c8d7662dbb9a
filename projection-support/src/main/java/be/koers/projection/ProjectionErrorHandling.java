package be.koers.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens when applying a record throws. While the database is unreachable the record is retried until it
 * answers: skipping would leave a hole in the plan that only a rebuild repairs. Any other failure is a record the
 * projection cannot apply; after a few attempts it is logged, counted as {@code failed} and skipped, so one bad
 * record does not stop every plan on its partition.
 * <p>
 * The listener takes a poll at a time and names the record that failed by its index in the poll
 * ({@link org.springframework.kafka.listener.BatchListenerFailedException}): the handler commits the offsets of the
 * records before it, which are applied, retries or skips that record, and seeks back to it and the records after
 * it, which were not applied, so they are delivered again.
 */
@Configuration
class ProjectionErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ProjectionErrorHandling.class);
    private static final BackOff FEW_ATTEMPTS = new FixedBackOff(500, 4);

    @Bean
    DefaultErrorHandler projectionErrorHandler(ProjectionMetrics metrics, ReplayProgress replay) {
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            log.error("Skipping record at {} that could not be applied", ProjectionListener.coordinates(record), e);
            metrics.count(Outcome.FAILED);
            replay.processed(record);
        }, FEW_ATTEMPTS);
        handler.setBackOffFunction((record, e) -> databaseUnavailable(e) ? untilTheDatabaseAnswers() : FEW_ATTEMPTS);
        // having skipped a record of a poll, the handler throws so that the records after it are fetched again: a
        // routine step, whose stack trace at ERROR would only repeat the skip the recoverer logged just before
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static BackOff untilTheDatabaseAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
