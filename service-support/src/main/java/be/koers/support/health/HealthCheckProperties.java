package be.koers.support.health;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How often the database and Kafka are checked in the background, and how long a check may take before it counts
 * as failed ({@code koers.health.*}).
 */
@ConfigurationProperties("koers.health")
public record HealthCheckProperties(Duration interval, Duration timeout) {

    public HealthCheckProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
    }
}
