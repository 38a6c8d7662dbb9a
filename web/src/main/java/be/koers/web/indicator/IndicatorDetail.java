package be.koers.web.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.TrackStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator as the query-service answers it ({@code GET /api/indicators/{id}}): its definition, baseline and
 * targets, the goals and items it measures, which earlier indicator it continues, and its scored periods.
 */
public record IndicatorDetail(String indicatorId, String planId, String name, String unit, IndicatorKind kind,
                              Direction direction, Frequency frequency, String dataSource, String ownerDepartment,
                              int firstYear, int lastYear, String status, String retiredReason, Baseline baseline,
                              List<Target> targets, List<String> linkedElements, Continuation continues,
                              Instant definedAt, Instant lastChangedAt, String lastChangedBy, String lastChangeReason,
                              TrackStatus latestStatus, List<SeriesPoint> series) {

    public IndicatorDetail {
        targets = targets == null ? List.of() : List.copyOf(targets);
        linkedElements = linkedElements == null ? List.of() : List.copyOf(linkedElements);
        series = series == null ? List.of() : List.copyOf(series);
    }

    /** Where the indicator stood when the plan started. */
    public record Baseline(BigDecimal value, LocalDate date) {
    }

    /** What it should reach in a period ({@code 2027}, {@code 2027-Q2}, {@code 2027-05}): a value, or a band. */
    public record Target(String period, BigDecimal value, BigDecimal lower, BigDecimal upper) {
    }

    /** The indicator of an earlier legislature's plan that this one continues. */
    public record Continuation(String indicatorId, String planId) {
    }

    /** A scored period: its current value and how it stands against its target. */
    public record SeriesPoint(String period, BigDecimal value, int revision, String comment, Instant recordedAt,
                              String recordedBy, Target target, TrackStatus status) {
    }

    public boolean retired() {
        return "RETIRED".equals(status);
    }
}
