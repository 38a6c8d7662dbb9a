package be.koers.query.indicator;

import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code indicator}: its definition and continuation, without targets and links. */
record IndicatorRow(String indicatorId, String planId, String name, String unit, IndicatorKind kind, Direction direction,
                    Frequency frequency, Baseline baseline, String dataSource, String ownerDepartment, int firstYear,
                    int lastYear, IndicatorStatus status, String retiredReason, Instant definedAt, Instant changedAt,
                    String changedBy, String changeReason, IndicatorContinuation continues) {

    static IndicatorRow map(ResultSet rs, int rowNum) throws SQLException {
        BigDecimal baselineValue = rs.getBigDecimal("baseline_value");
        String continuesIndicatorId = rs.getString("continues_indicator_id");
        return new IndicatorRow(
                rs.getString("indicator_id"),
                rs.getString("plan_id"),
                rs.getString("name"),
                rs.getString("unit"),
                IndicatorKind.valueOf(rs.getString("kind")),
                Direction.valueOf(rs.getString("direction")),
                Frequency.valueOf(rs.getString("frequency")),
                baselineValue == null ? null : new Baseline(baselineValue, rs.getObject("baseline_date", LocalDate.class)),
                rs.getString("data_source"),
                rs.getString("owner_department"),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                IndicatorStatus.valueOf(rs.getString("status")),
                rs.getString("retired_reason"),
                rs.getObject("defined_at", OffsetDateTime.class).toInstant(),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("changed_by"),
                rs.getString("change_reason"),
                continuesIndicatorId == null ? null
                        : new IndicatorContinuation(continuesIndicatorId, rs.getString("continues_plan_id")));
    }
}
