package be.koers.reporting.activity;

import be.koers.planning.api.shared.TenantScoped;
import be.koers.projection.EventHandlers;
import be.koers.projection.Projection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Counts every event per administration and type; the duplicate check around it counts a redelivery once. */
@Component
class ActivityProjection implements Projection {

    private final ActivityRepository activity;

    ActivityProjection(ActivityRepository activity) {
        this.activity = activity;
    }

    @Override
    public EventHandlers handlers() {
        return new EventHandlers().on(TenantScoped.class,
                (event, envelope) -> activity.count(envelope.tenant(), envelope.type(), envelope.timestamp()));
    }

    @Override
    public List<String> tables() {
        return List.of("event_activity");
    }

    @Transactional(readOnly = true)
    public ActivityReport report(String tenant) {
        return ActivityReport.of(tenant, activity.findByTenant(tenant));
    }
}
