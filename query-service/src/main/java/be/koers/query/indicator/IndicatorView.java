package be.koers.query.indicator;

import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.Target;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An indicator as the API shows it: its definition, its targets, the current value of every scored period in
 * period order ({@code series}), and every value ever recorded ({@code history}).
 *
 * @param continues    the indicator of an earlier legislature's plan it continues, null when none
 * @param latestStatus the status of the latest scored period, which is what the plan's status roll-up uses
 */
public record IndicatorView(String indicatorId, String planId, String name, String unit, IndicatorKind kind,
                            Direction direction, Frequency frequency, String dataSource, String ownerDepartment,
                            int firstYear, int lastYear, IndicatorStatus status, String retiredReason, Baseline baseline,
                            List<Target> targets, List<String> linkedElements,
                            @JsonInclude(JsonInclude.Include.ALWAYS) IndicatorContinuation continues,
                            Instant definedAt, Instant lastChangedAt, String lastChangedBy, String lastChangeReason,
                            TrackStatus latestStatus, List<SeriesPoint> series, List<ScoreRevision> history) {

    static IndicatorView of(IndicatorWithTargets indicator, List<Score> scores, List<ScoreRevision> history) {
        IndicatorRow row = indicator.row();
        List<SeriesPoint> series = scores.stream().map(score -> SeriesPoint.of(indicator, score)).toList();
        return new IndicatorView(row.indicatorId(), row.planId(), row.name(), row.unit(), row.kind(), row.direction(),
                row.frequency(), row.dataSource(), row.ownerDepartment(), row.firstYear(), row.lastYear(), row.status(),
                row.retiredReason(), row.baseline(), indicator.targets().list(), indicator.linkedElements(),
                row.continues(), row.definedAt(), row.changedAt(), row.changedBy(), row.changeReason(),
                series.isEmpty() ? TrackStatus.NO_DATA : series.get(series.size() - 1).status(), series, history);
    }
}
