package be.koers.projection;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code readModel}, a member of readiness: OUT_OF_SERVICE while a rebuild has not replayed everything it started
 * with (after a crash in the middle of one too), as the read model then answers with part of the plans.
 */
// named, as an imported class would be registered under its class name, and health names indicators by bean name
@Component("readModelHealthIndicator")
class ReadModelHealthIndicator implements HealthIndicator {

    private final ProjectionRebuild rebuild;

    ReadModelHealthIndicator(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public Health health() {
        return rebuild.inProgress()
                ? Health.outOfService().withDetail("rebuilding", true).withDetail("see", "GET /admin/projections/status").build()
                : Health.up().build();
    }
}
