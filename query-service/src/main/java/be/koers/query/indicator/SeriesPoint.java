package be.koers.query.indicator;

import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;

import java.math.BigDecimal;
import java.time.Instant;

/** One scored period: its current value, the target it is judged against (absent if none applies) and the verdict. */
public record SeriesPoint(MeasurementPeriod period, BigDecimal value, int revision, String comment, String evidenceLink,
                          Instant recordedAt, String recordedBy, Target target, TrackStatus status) {

    static SeriesPoint of(IndicatorWithTargets indicator, Score score) {
        return new SeriesPoint(score.period(), score.value(), score.revision(), score.comment(), score.evidenceLink(),
                score.recordedAt(), score.recordedBy(), indicator.targets().applicableTo(score.period()).orElse(null),
                indicator.judge(score));
    }
}
