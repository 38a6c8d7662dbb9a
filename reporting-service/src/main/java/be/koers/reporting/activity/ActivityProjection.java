package be.koers.reporting.activity;

import be.koers.planning.api.shared.TenantScoped;
import be.koers.projection.OwnsTables;
import be.koers.projection.SharedRowWrites;
import be.koers.projection.TableProjection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Counts every event per administration and type; the duplicate check around it counts a redelivery once. A
 * tally's row is shared by every aggregate of the tenant, on every partition, so the counts wait in
 * {@link SharedRowWrites} and are added just before the commit, row after row in one order (why: see there).
 */
@Component
@OwnsTables("event_activity")
class ActivityProjection extends TableProjection {

    private final ActivityRepository activity;
    private final SharedRowWrites<Tally, Instant> uncounted = new SharedRowWrites<>(this::count);

    ActivityProjection(ActivityRepository activity) {
        this.activity = activity;
        on(TenantScoped.class, (event, envelope) -> uncounted.add(new Tally(envelope.tenant(), envelope.type()), envelope.timestamp()));
    }

    @Transactional(readOnly = true)
    public ActivityReport report(String tenant) {
        return ActivityReport.of(tenant, activity.findByTenant(tenant));
    }

    private void count(Tally tally, List<Instant> eventTimes) {
        activity.count(tally.tenant(), tally.eventType(), eventTimes.size(), Collections.max(eventTimes));
    }

    /** The row of {@code event_activity} an event counts in. */
    private record Tally(String tenant, String eventType) implements Comparable<Tally> {

        private static final Comparator<Tally> ORDER = Comparator.comparing(Tally::tenant).thenComparing(Tally::eventType);

        @Override
        public int compareTo(Tally other) {
            return ORDER.compare(this, other);
        }
    }
}
