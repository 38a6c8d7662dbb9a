package be.koers.query.status;

import be.koers.planning.api.plan.Period;
import be.koers.planning.api.indicator.TrackStatus;
import be.koers.query.progress.Progress;

import java.time.LocalDate;

/**
 * The status of an activity or action from its latest progress report and its period, on the given day:
 * <ul>
 *     <li>no report → NO_DATA; CANCELLED → NO_DATA (a cancelled item no longer counts);</li>
 *     <li>DONE → ON_TRACK; ON_HOLD or POSTPONED → AT_RISK;</li>
 *     <li>STARTED → OFF_TRACK once its period ended before today, else ON_TRACK;</li>
 *     <li>NOT_STARTED → AT_RISK once its period started before today, else ON_TRACK.</li>
 * </ul>
 * An item without a period (an ongoing activity) cannot be late.
 */
final class ProgressRule {

    private ProgressRule() {
    }

    static TrackStatus judge(Progress progress, Period period, LocalDate today) {
        if (progress == null) {
            return TrackStatus.NO_DATA;
        }
        return switch (progress.status()) {
            case DONE -> TrackStatus.ON_TRACK;
            case CANCELLED -> TrackStatus.NO_DATA;
            case ON_HOLD, POSTPONED -> TrackStatus.AT_RISK;
            case STARTED -> period != null && period.end().isBefore(today) ? TrackStatus.OFF_TRACK : TrackStatus.ON_TRACK;
            case NOT_STARTED -> period != null && period.start().isBefore(today) ? TrackStatus.AT_RISK : TrackStatus.ON_TRACK;
        };
    }
}
