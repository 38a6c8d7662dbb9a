package be.koers.reporting.activity;

import java.time.Instant;

/** How many events of one type an administration has recorded, and when the last one happened. */
public record EventTypeActivity(String type, long count, Instant lastEventAt) {
}
