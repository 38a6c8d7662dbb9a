package be.koers.projection;

import be.koers.planning.api.shared.KoersTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rebuilds every projection from the topics: stop the listener, point its committed offsets at the beginning,
 * truncate the tables, start the listener again. The truncate happens only once the listener's consumer threads
 * have ended, so no record read from the old position can be applied after it.
 * <p>
 * The rebuild's goal is stored with the truncate ({@link RebuildGoals}): a service started again after a crash in
 * the middle of a replay follows it to its end before it counts its read model as complete.
 */
@Component
class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaListenerEndpointRegistry listeners;
    private final ConsumerGroupOffsets offsets;
    private final ProjectionTables tables;
    private final ReplayProgress replayProgress;
    private final ApplicationEventPublisher events;
    private final ProjectionMetrics metrics;
    private final RebuildGoals goals;
    private final ProjectionOperations operations;
    private final TransactionTemplate transactions;
    private final ReentrantLock restarting = new ReentrantLock();
    /** Not done until {@link #resumeUnfinished} knows whether a rebuild was under way when the service stopped. */
    private volatile CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    private volatile boolean unfinishedLookedFor;
    private volatile CompletedRebuild lastCompleted;

    ProjectionRebuild(KafkaListenerEndpointRegistry listeners, ConsumerGroupOffsets offsets, ProjectionTables tables,
                      ReplayProgress replayProgress, ApplicationEventPublisher events, ProjectionMetrics metrics,
                      RebuildGoals goals, ProjectionOperations operations, PlatformTransactionManager transactionManager) {
        this.listeners = listeners;
        this.offsets = offsets;
        this.tables = tables;
        this.replayProgress = replayProgress;
        this.events = events;
        this.metrics = metrics;
        this.goals = goals;
        this.operations = operations;
        this.transactions = new TransactionTemplate(transactionManager);
        metrics.incompleteWhile(this::inProgress);
    }

    /**
     * Looks, once, for a rebuild that had not replayed everything when the service stopped, and follows it from where
     * the listener's committed offsets say it got; tried again on the next tick while the database or Kafka does not
     * answer.
     */
    @Scheduled(fixedDelay = 5_000)
    void resumeUnfinished() {
        if (unfinishedLookedFor) {
            return;
        }
        CompletableFuture<Void> unknown = caughtUp;
        try {
            Optional<RebuildGoals.Goal> unfinished = goals.unfinished();
            if (unfinished.isEmpty()) {
                unknown.complete(null);
            } else {
                RebuildGoals.Goal goal = unfinished.get();
                log.warn("A rebuild begun at {} had not replayed its {} records when the service stopped; following it to its end",
                        goal.startedAt(), goal.records());
                caughtUp = replayProgress.resume(goal.endOffsets(), offsets.committed())
                        .thenRun(() -> completed(CompletedRebuild.of(goal.records(), goal.startedAt(), Instant.now())));
            }
            unfinishedLookedFor = true;
        } catch (RuntimeException e) {
            log.warn("Cannot tell yet whether a rebuild was under way ({}); trying again", e.toString());
        }
    }

    /** Empties the projection and restarts the listener from the beginning; the replay itself goes on afterwards. */
    RebuildStarted start(String actor) {
        if (!restarting.tryLock()) {
            throw new OperationRefused(HttpStatus.CONFLICT, "rebuild", "rebuild-in-progress", "A rebuild is already restarting the projection.");
        }
        try {
            MessageListenerContainer container = listeners.getListenerContainer(ProjectionListener.ID);
            stopAndWait(container);
            try {
                // offsets first: a crash after this but before the truncate replays into full tables, which the
                // duplicate check turns into a no-op; the other way round it would leave the tables half empty
                Replay replay = offsets.rewindToEarliest(KoersTopics.ALL);
                // as PostgreSQL keeps it, so the answer and the status say the same instant
                Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                transactions.executeWithoutResult(status -> {
                    tables.truncateAll();
                    goals.begin(startedAt, replay);
                    operations.record(ProjectionOperations.Operation.REBUILD, actor, null, null, null,
                            "replaying " + replay.recordCount() + " records");
                });
                unfinishedLookedFor = true;
                events.publishEvent(new ProjectionsTruncated());
                // the figures are kept before the future completes, so whoever sees the rebuild done sees them too
                caughtUp = replayProgress.follow(replay.nonEmptyEndOffsets())
                        .thenRun(() -> completed(CompletedRebuild.of(replay.recordCount(), startedAt, Instant.now())));
                log.info("Projection tables truncated; replaying {} records from the beginning of {}", replay.recordCount(), KoersTopics.ALL);
                return new RebuildStarted(replay.recordCount(), startedAt);
            } finally {
                container.start();
            }
        } finally {
            restarting.unlock();
        }
    }

    /** True from the request until the listener has replayed every record that existed when the rebuild began. */
    boolean inProgress() {
        return restarting.isLocked() || !caughtUp.isDone();
    }

    /** The latest rebuild that replayed everything it started with, since this instance started; null before. */
    CompletedRebuild lastCompleted() {
        return lastCompleted;
    }

    private void completed(CompletedRebuild rebuild) {
        try {
            goals.reached(rebuild.startedAt());
        } catch (RuntimeException e) {
            // then the next start follows it again, and finds it reached at once
            log.warn("Could not mark the rebuild begun at {} as complete: {}", rebuild.startedAt(), e.toString());
        }
        log.info("Rebuild replayed its {} records in {} s ({} events/s)", rebuild.records(),
                String.format("%.1f", rebuild.seconds()), rebuild.eventsPerSecond());
        metrics.rebuilt(rebuild.duration());
        lastCompleted = rebuild;
    }

    private static void stopAndWait(MessageListenerContainer container) {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        // the callback runs once every consumer thread has finished its last record and closed its consumer
        container.stop(() -> stopped.complete(null));
        try {
            stopped.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // it may still stop later: then let it run again rather than stay stopped
            stopped.thenRun(container::start);
            throw new OperationRefused(HttpStatus.SERVICE_UNAVAILABLE, "rebuild", "listener-busy",
                    "The projection listener did not stop within " + STOP_TIMEOUT.toSeconds() + " s; nothing was truncated.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.thenRun(container::start);
            throw new OperationRefused(HttpStatus.SERVICE_UNAVAILABLE, "rebuild", "interrupted", "Interrupted while stopping the listener.");
        }
    }
}
