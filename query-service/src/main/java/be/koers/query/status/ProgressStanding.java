package be.koers.query.status;

import be.koers.planning.api.indicator.TrackStatus;
import be.koers.query.progress.Progress;

/** An item's latest progress report (absent before the first) and the status it gives the item today. */
public record ProgressStanding(Progress reported, TrackStatus status) {
}
