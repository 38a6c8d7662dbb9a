package be.koers.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code koers.projection.events} by outcome and {@code koers.projection.apply} by event type. */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final ProgressLog progress;
    private final Map<Outcome, Counter> events = new EnumMap<>(Outcome.class);

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
    }

    void count(Outcome outcome) {
        events.get(outcome).increment();
        progress.record(outcome);
    }

    /** Times known event types only, so a producer cannot grow the number of series with made-up types. */
    Outcome timeApply(String eventType, Supplier<Outcome> apply) {
        return Timer.builder("koers.projection.apply")
                .description("Time to apply one event to the projection tables, duplicate check included")
                .tag("type", eventType)
                .register(registry)
                .record(apply);
    }
}
