package be.koers.query.indicator;

/**
 * Whether something is on course: an indicator's score against its target, an item's progress, or the roll-up of
 * an element's parts. The rules are in {@link IndicatorRule} and {@code be.koers.query.status.StatusRules}.
 */
public enum TrackStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** Nothing to judge by: no score, no applicable target, no progress reported, or no parts with a status. */
    NO_DATA
}
