package be.koers.query.indicator;

import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.MeasurementPeriod;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator in a plan's list: what it measures, which earlier indicator it continues (null: none) and where its
 * latest scored period stands.
 */
public record IndicatorSummary(String indicatorId, String name, String unit, IndicatorKind kind, Direction direction,
                               Frequency frequency, String ownerDepartment, IndicatorStatus status,
                               List<String> linkedElements,
                               @JsonInclude(JsonInclude.Include.ALWAYS) IndicatorContinuation continues,
                               MeasurementPeriod latestPeriod, BigDecimal latestValue, TrackStatus latestStatus) {

    static IndicatorSummary of(IndicatorWithTargets indicator, Score latest) {
        IndicatorRow row = indicator.row();
        return new IndicatorSummary(row.indicatorId(), row.name(), row.unit(), row.kind(), row.direction(),
                row.frequency(), row.ownerDepartment(), row.status(), indicator.linkedElements(), row.continues(),
                latest == null ? null : latest.period(), latest == null ? null : latest.value(),
                indicator.judgeLatest(latest));
    }
}
