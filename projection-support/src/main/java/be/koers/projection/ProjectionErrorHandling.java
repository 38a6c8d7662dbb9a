package be.koers.projection;

import be.koers.support.problem.DatabaseUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens when applying a record throws. While the database is unreachable the record is retried until it
 * answers: parking every record meanwhile would only fill the parked table with events that apply fine. Any other
 * failure is an event the read model cannot apply; after {@link FailedEventParking#ATTEMPTS} attempts it is parked
 * ({@link FailedEventParking}), so one bad event stops its own aggregate, not every plan on its partition.
 * <p>
 * The listener takes a poll at a time and names the record that failed by its index in the poll
 * ({@link org.springframework.kafka.listener.BatchListenerFailedException}): the handler commits the offsets of the
 * records before it, which are applied, retries or parks that record, and seeks back to it and the records after
 * it, which were not applied, so they are delivered again.
 */
@Configuration
class ProjectionErrorHandling {

    private static final BackOff FEW_ATTEMPTS = new FixedBackOff(500, FailedEventParking.ATTEMPTS - 1);

    @Bean
    DefaultErrorHandler projectionErrorHandler(FailedEventParking parking) {
        DefaultErrorHandler handler = new DefaultErrorHandler(parking::park, FEW_ATTEMPTS);
        handler.setBackOffFunction((record, e) -> DatabaseUnavailable.causedBy(e) ? untilTheDatabaseAnswers() : FEW_ATTEMPTS);
        // having parked a record of a poll, the handler throws so that the records after it are fetched again: a
        // routine step, whose stack trace at ERROR would only repeat the parking logged just before
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private static BackOff untilTheDatabaseAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
