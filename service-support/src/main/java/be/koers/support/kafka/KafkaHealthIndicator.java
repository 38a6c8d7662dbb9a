package be.koers.support.kafka;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Up when the broker answers a cluster description within the timeout; shows the node count and cluster id.
 * One admin client serves every check: creating one per check would reconnect and log its configuration each time.
 * Checked in the background ({@code be.koers.support.health.BackgroundHealth}), never on a request's thread.
 */
public class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

    private final KafkaAdmin kafkaAdmin;
    private final int timeoutMs;
    private AdminClient admin;

    public KafkaHealthIndicator(KafkaAdmin kafkaAdmin, Duration timeout) {
        this.kafkaAdmin = kafkaAdmin;
        this.timeoutMs = Math.toIntExact(timeout.toMillis());
    }

    /** Down with the error, logged by the caller when the state changes rather than at every check. */
    @Override
    public Health health() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs));
            return Health.up()
                    .withDetail("clusterId", cluster.clusterId().get(timeoutMs, TimeUnit.MILLISECONDS))
                    .withDetail("nodes", cluster.nodes().get(timeoutMs, TimeUnit.MILLISECONDS).size())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (TimeoutException e) {
            return noAnswer();
        } catch (ExecutionException e) {
            return e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException ? noAnswer() : Health.down(e.getCause()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }

    /** What an operator reads in the health details, rather than a timeout's class name. */
    private Health noAnswer() {
        return Health.down().withDetail("error", "no answer within " + timeoutMs + " ms").build();
    }

    private synchronized AdminClient admin() {
        if (admin == null) {
            admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
