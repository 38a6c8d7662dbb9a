package be.koers.query.indicator;

import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.Target;

import java.util.List;

/** What defines an indicator, without its scores: for read models that describe changes to it. */
public record IndicatorDefinition(String name, String unit, IndicatorKind kind, Direction direction, Frequency frequency,
                                  Baseline baseline, String dataSource, String ownerDepartment, List<Target> targets) {

    static IndicatorDefinition of(IndicatorWithTargets indicator) {
        IndicatorRow row = indicator.row();
        return new IndicatorDefinition(row.name(), row.unit(), row.kind(), row.direction(), row.frequency(), row.baseline(),
                row.dataSource(), row.ownerDepartment(), indicator.targets().list());
    }
}
