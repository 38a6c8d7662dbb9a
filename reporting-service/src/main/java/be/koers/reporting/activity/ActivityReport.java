package be.koers.reporting.activity;

import java.util.List;

/** The activity of one administration: its events counted per type (redelivered events counted once). */
public record ActivityReport(String tenant, long totalEvents, List<EventTypeActivity> eventTypes) {

    public static ActivityReport of(String tenant, List<EventTypeActivity> eventTypes) {
        return new ActivityReport(tenant, eventTypes.stream().mapToLong(EventTypeActivity::count).sum(), eventTypes);
    }
}
