package be.koers.query.status;

import be.koers.planning.api.indicator.TrackStatus;

import java.util.Collection;

/**
 * How many of an element's parts are on track, at risk and off track (parts without data are not counted), and
 * the status they add up to. The shares are compared in whole numbers (4 × count &gt; parts means more than 25%), so
 * no rounding can tip a boundary case.
 */
public record Counts(int onTrack, int atRisk, int offTrack) {

    private static final int QUARTERS = 4;

    static Counts of(Collection<TrackStatus> parts) {
        return new Counts(count(parts, TrackStatus.ON_TRACK), count(parts, TrackStatus.AT_RISK), count(parts, TrackStatus.OFF_TRACK));
    }

    /**
     * NO_DATA without parts; OFF_TRACK when more than 25% are off track; else AT_RISK when any is off track or
     * more than 25% are at risk; else ON_TRACK.
     */
    TrackStatus status() {
        int parts = onTrack + atRisk + offTrack;
        if (parts == 0) {
            return TrackStatus.NO_DATA;
        }
        if (QUARTERS * offTrack > parts) {
            return TrackStatus.OFF_TRACK;
        }
        if (offTrack > 0 || QUARTERS * atRisk > parts) {
            return TrackStatus.AT_RISK;
        }
        return TrackStatus.ON_TRACK;
    }

    private static int count(Collection<TrackStatus> parts, TrackStatus status) {
        return (int) parts.stream().filter(part -> part == status).count();
    }
}
