package be.koers.support.health;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundHealthTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicReference<Health> answer = new AtomicReference<>(Health.up().withDetail("database", "PostgreSQL").build());
    private final BackgroundHealth health = new BackgroundHealth("database", this::check, Status.DOWN,
            Duration.ofMillis(50), Duration.ofMillis(200), Clock.systemUTC());

    /** A dependency that answers what {@link #answer} says, or hangs while it is null until {@link #release}. */
    private Health check() {
        checks.incrementAndGet();
        Health now = answer.get();
        if (now == null) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        }
        return now;
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        health.stop();
        health.destroy();
    }

    @Test
    void servesTheLastResultWithWhenItWasChecked() {
        health.start();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("database", "PostgreSQL").containsEntry("dependency", "database")
                .containsKey("checkedAt");

        answer.set(Health.down().withDetail("error", "Connection refused").build());
        await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.DOWN));
        assertThat(health.health().getDetails()).containsEntry("error", "Connection refused");
    }

    @Test
    void aCheckThatHangsCountsAsFailedAfterTheTimeoutAndIsNotStartedAgainWhileItHangs() {
        health.start();
        answer.set(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.DOWN));
        assertThat(health.health().getDetails().get("error")).asString().contains("no answer within 200 ms");
        int started = checks.get();

        // several intervals pass while the check hangs: none is started beside it
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> checks.get() == started);

        answer.set(Health.up().build());
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.UP));
    }

    @Test
    void kafkaWithoutAnswerIsDegradedNotDown() throws Exception {
        BackgroundHealth kafka = new BackgroundHealth("kafka", () -> Health.down().withDetail("error", "timed out").build(),
                Degraded.STATUS, Duration.ofSeconds(5), Duration.ofMillis(200), Clock.systemUTC());
        try {
            kafka.start();
            assertThat(kafka.health().getStatus()).isEqualTo(Degraded.STATUS);
            assertThat(kafka.health().getDetails()).containsEntry("dependency", "kafka").containsEntry("error", "timed out");
        } finally {
            kafka.stop();
            kafka.destroy();
        }
    }
}
