package be.koers.reporting.activity;

import be.koers.planning.api.shared.EventEnvelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Applies events to the activity read model, each event once per aggregate, whatever Kafka redelivers. */
@Service
public class ActivityProjection {

    private final ActivityRepository activity;

    ActivityProjection(ActivityRepository activity) {
        this.activity = activity;
    }

    /** What a batch did to the read model. */
    public record Applied(int applied, int duplicates) {
    }

    /**
     * Applies a batch in one transaction: the dedupe marks and the counts commit together, or not at all (and the
     * batch is delivered again).
     */
    @Transactional
    public Applied apply(List<EventEnvelope> events) {
        int applied = 0;
        int duplicates = 0;
        for (EventEnvelope event : events) {
            if (activity.markApplied(event.aggregateId(), event.sequenceNumber())) {
                activity.count(event.tenant(), event.type(), event.timestamp());
                applied++;
            } else {
                duplicates++;
            }
        }
        return new Applied(applied, duplicates);
    }

    @Transactional(readOnly = true)
    public ActivityReport report(String tenant) {
        return ActivityReport.of(tenant, activity.findByTenant(tenant));
    }
}
