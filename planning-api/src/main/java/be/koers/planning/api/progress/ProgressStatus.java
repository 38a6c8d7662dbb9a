package be.koers.planning.api.progress;

/** Where an activity or action stands. A cancelled item stays cancelled. */
public enum ProgressStatus {
    NOT_STARTED, STARTED, ON_HOLD, DONE, CANCELLED, POSTPONED
}
