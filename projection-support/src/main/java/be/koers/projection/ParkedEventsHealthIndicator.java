package be.koers.projection;

import be.koers.support.health.Degraded;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code parkedEvents} in the health details: DEGRADED while events are parked, with how many and since when. The
 * service still answers, so readiness does not include it; the metric {@code koers.projection.parked} and the
 * alert rule in {@code infra/prometheus} make someone look.
 */
@Component("parkedEventsHealthIndicator")
class ParkedEventsHealthIndicator implements HealthIndicator {

    private final ParkedEvents parked;

    ParkedEventsHealthIndicator(ParkedEvents parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        ParkedEvents.ParkedCounts counts = parked.counts();
        if (counts.events() == 0) {
            return Health.up().withDetail("parked", 0).build();
        }
        return Health.status(Degraded.STATUS)
                .withDetail("parked", counts.events())
                .withDetail("aggregates", counts.sequences())
                .withDetail("since", counts.oldest())
                .withDetail("see", "GET /admin/projections/parked")
                .build();
    }
}
