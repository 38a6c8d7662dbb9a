package be.koers.planning.api.indicator;

/**
 * Whether something is on course: an indicator's score against its target, an item's progress, or the roll-up of
 * an element's parts. The rules are in {@link IndicatorRule} and the query-service's roll-up ({@code query-service/STATUS-RULES.md}).
 */
public enum TrackStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** Nothing to judge by: no score, no applicable target, no progress reported, or no parts with a status. */
    NO_DATA
}
