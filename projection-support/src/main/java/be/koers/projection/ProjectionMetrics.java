package be.koers.projection;

import be.koers.planning.api.shared.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The projection's meters: {@code koers.projection.events} by outcome, {@code koers.projection.apply} by event type,
 * {@code koers.projection.lag} (stored → readable), {@code koers.projection.batch} and {@code .batch.size} per poll
 * transaction, {@code koers.projection.rebuild}, and {@code koers.projection.sanitised} by event type: applied
 * events in which characters PostgreSQL cannot store were replaced.
 */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final ProgressLog progress;
    private final Map<Outcome, Counter> events = new EnumMap<>(Outcome.class);
    private final Timer lag;
    private final Timer committedBatches;
    private final Timer rolledBackBatches;
    private final DistributionSummary batchSizes;
    private final Timer rebuilds;

    ProjectionMetrics(MeterRegistry registry, ProgressLog progress) {
        this.registry = registry;
        this.progress = progress;
        // registered up front so dashboards see every outcome at 0 rather than no series at all
        for (Outcome outcome : Outcome.values()) {
            events.put(outcome, Counter.builder("koers.projection.events")
                    .description("Kafka records handled by the projection, by outcome")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
        this.lag = latency("koers.projection.lag")
                .description("From the event's timestamp (stored by the command-service) to the commit that made it readable")
                .register(registry);
        this.committedBatches = batch("committed");
        this.rolledBackBatches = batch("rolled-back");
        this.batchSizes = DistributionSummary.builder("koers.projection.batch.size")
                .description("Records of one poll, applied in one transaction")
                .baseUnit("records")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.rebuilds = Timer.builder("koers.projection.rebuild")
                .description("From truncating the tables to having replayed every record the rebuild started with")
                .register(registry);
    }

    void count(Outcome outcome) {
        events.get(outcome).increment();
        progress.record(outcome);
    }

    /** Known event types only, as {@link #timeApply}: the event was applied. */
    void sanitised(String eventType) {
        Counter.builder("koers.projection.sanitised")
                .description("Applied events with characters PostgreSQL cannot store (NUL, lone surrogates) replaced by U+FFFD")
                .tag("type", eventType)
                .register(registry)
                .increment();
    }

    /**
     * Times known event types only, so a producer cannot grow the number of series with made-up types. Within a
     * poll's transaction the commit is not included: {@code koers.projection.batch} times it.
     */
    Outcome timeApply(String eventType, Supplier<Outcome> apply) {
        return Timer.builder("koers.projection.apply")
                .description("Time to apply one event to the projection tables, duplicate check included")
                .tag("type", eventType)
                .register(registry)
                .record(apply);
    }

    /** An applied event became readable: its transaction committed. */
    void visible(EventEnvelope envelope, Instant committedAt) {
        // the timestamp comes from the command-service's clock: a slightly faster one would give a negative lag,
        // which Micrometer drops, and the count would no longer be the number of applied events
        Duration sinceStored = Duration.between(envelope.timestamp(), committedAt);
        lag.record(sinceStored.isNegative() ? Duration.ZERO : sinceStored);
    }

    /** Times one poll's transaction, commit or rollback included, and rethrows what rolled it back. */
    <T> T timeBatch(int records, Supplier<T> transaction) {
        batchSizes.record(records);
        Timer.Sample sample = Timer.start(registry);
        try {
            T result = transaction.get();
            sample.stop(committedBatches);
            return result;
        } catch (RuntimeException rolledBack) {
            sample.stop(rolledBackBatches);
            throw rolledBack;
        }
    }

    /** {@code koers.projection.parked}: the events parked now, as the parked counts say. */
    void parkedNow(LongSupplier parked) {
        Gauge.builder("koers.projection.parked", parked::getAsLong)
                .description("Events the read model could not apply or that wait behind one of their aggregate; 0 when whole")
                .register(registry);
    }

    /** {@code koers.projection.incomplete}: 1 while the read model misses part of the events (a rebuild replaying), else 0. */
    void incompleteWhile(BooleanSupplier incomplete) {
        Gauge.builder("koers.projection.incomplete", () -> incomplete.getAsBoolean() ? 1 : 0)
                .description("1 while a rebuild has not replayed everything it started with, after a crash too; else 0")
                .register(registry);
    }

    void rebuilt(Duration duration) {
        rebuilds.record(duration);
    }

    private Timer batch(String outcome) {
        return latency("koers.projection.batch")
                .description("One poll's records applied in one transaction, until it committed or rolled back")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Timer.Builder latency(String name) {
        return Timer.builder(name).publishPercentiles(0.5, 0.99).publishPercentileHistogram();
    }
}
