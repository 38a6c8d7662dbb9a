package be.koers.reporting.report;

import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.reporting.document.ColumnType;
import be.koers.reporting.document.Figure;
import be.koers.reporting.indicator.IndicatorFacts;

import java.math.BigDecimal;

/** An indicator's baseline, target or score as a table cell: in euro for a money indicator, else a plain number. */
final class IndicatorCells {

    private IndicatorCells() {
    }

    static Object value(IndicatorFacts indicator, BigDecimal value) {
        return value == null || indicator.kind() != IndicatorKind.MONEY ? value : new Figure(value, ColumnType.EURO);
    }
}
