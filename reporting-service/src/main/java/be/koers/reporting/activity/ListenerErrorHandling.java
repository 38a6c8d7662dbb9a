package be.koers.reporting.activity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A batch that fails (the database is down, say) is retried, 1 s, 2 s, 4 s … at most 30 s apart, and never skipped:
 * skipping an event would leave the read model wrong for good. Records that can never be applied are left out by
 * {@link EnvelopeReader} before they get here.
 */
@Configuration
class ListenerErrorHandling {

    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }
}
