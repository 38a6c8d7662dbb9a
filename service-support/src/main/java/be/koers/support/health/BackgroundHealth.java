package be.koers.support.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;

/**
 * A dependency's health, checked on a schedule of its own with a bounded timeout and served from the last result,
 * so that {@code /actuator/health} and the probes answer at once whatever the dependency does: a PostgreSQL that does
 * not answer would otherwise hold every health request for the pool's connection timeout (30 s), a broker that does
 * not answer for the admin client's. A failed or unanswered check reports {@code whenFailing} (DOWN for the database,
 * {@link Degraded} for Kafka) with the error; every result says when it was checked.
 * <p>
 * One check runs at a time: while a check that timed out still hangs, the next ones are skipped and the timeout
 * stands, so a dead dependency holds at most one thread.
 */
public class BackgroundHealth implements HealthIndicator, SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundHealth.class);

    private final String dependency;
    private final HealthIndicator check;
    private final Status whenFailing;
    private final Duration interval;
    private final Duration timeout;
    private final Clock clock;
    private final ExecutorService checker;
    private final ScheduledExecutorService schedule;
    private volatile Health last;
    private CompletableFuture<Health> running;
    private ScheduledFuture<?> scheduled;

    public BackgroundHealth(String dependency, HealthIndicator check, Status whenFailing, Duration interval, Duration timeout,
                            Clock clock) {
        this.dependency = dependency;
        this.check = check;
        this.whenFailing = whenFailing;
        this.interval = interval;
        this.timeout = timeout;
        this.clock = clock;
        this.checker = Executors.newSingleThreadExecutor(daemon("health-check-" + dependency));
        this.schedule = Executors.newSingleThreadScheduledExecutor(daemon("health-schedule-" + dependency));
        this.last = Health.status(whenFailing).withDetail("dependency", dependency).withDetail("error", "not checked yet").build();
    }

    @Override
    public Health health() {
        return last;
    }

    /** Starts a check unless one still runs; its result (or its timeout) becomes what {@link #health()} serves. */
    synchronized CompletableFuture<Health> refresh() {
        if (running != null && !running.isDone()) {
            return running;
        }
        Instant at = clock.instant();
        running = CompletableFuture.supplyAsync(check::health, checker);
        return running.copy()
                .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((health, failure) -> last = result(health, failure, at));
    }

    private Health result(Health health, Throwable failure, Instant at) {
        Health.Builder builder;
        if (health != null && Status.UP.equals(health.getStatus())) {
            builder = Health.up().withDetails(health.getDetails());
        } else if (health != null) {
            builder = Health.status(whenFailing).withDetail("error", "the check answered " + health.getStatus())
                    .withDetails(health.getDetails());
        } else {
            Throwable cause = failure instanceof CompletionException completion ? completion.getCause() : failure;
            builder = Health.status(whenFailing).withDetail("error", cause != null ? cause.toString()
                    : "no answer within " + timeout.toMillis() + " ms");
        }
        Health result = builder.withDetail("dependency", dependency).withDetail("checkedAt", at.toString()).build();
        logChange(result);
        return result;
    }

    /** Once per change of state, not at every check: a broker down for an hour would otherwise log 700 warnings. */
    private void logChange(Health result) {
        boolean firstCheck = !last.getDetails().containsKey("checkedAt");
        if (result.getStatus().equals(last.getStatus()) || firstCheck && Status.UP.equals(result.getStatus())) {
            return;
        }
        if (Status.UP.equals(result.getStatus())) {
            log.info("{} is available again", dependency);
        } else {
            log.warn("{} is unavailable ({}): {}", dependency, result.getStatus(), result.getDetails().get("error"));
        }
    }

    /** The first check runs before the service counts as started (within the timeout), then every interval. */
    @Override
    public synchronized void start() {
        refresh().join();
        scheduled = schedule.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduled != null;
    }

    @Override
    public void destroy() throws Exception {
        schedule.shutdownNow();
        checker.shutdownNow();
        if (check instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
