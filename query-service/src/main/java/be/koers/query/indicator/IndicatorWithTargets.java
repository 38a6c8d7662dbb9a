package be.koers.query.indicator;

import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.indicator.IndicatorRule;
import be.koers.planning.api.indicator.Targets;
import java.util.List;

/** An indicator's definition with its targets and the elements it measures. */
record IndicatorWithTargets(IndicatorRow row, Targets targets, List<String> linkedElements) {

    /** The score's status against the target that applies to its period. */
    TrackStatus judge(Score score) {
        return IndicatorRule.judge(row.kind(), row.direction(), row.baseline(),
                targets.applicableTo(score.period()).orElse(null), score.value());
    }

    /** The status of the latest scored period; NO_DATA before the first score. */
    TrackStatus judgeLatest(Score latest) {
        return latest == null ? TrackStatus.NO_DATA : judge(latest);
    }
}
