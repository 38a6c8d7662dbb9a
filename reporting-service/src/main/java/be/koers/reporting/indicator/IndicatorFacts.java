package be.koers.reporting.indicator;

import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.IndicatorRule;
import be.koers.planning.api.indicator.Targets;
import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** An indicator with its targets and the current value of each period it was scored for, oldest first. */
public record IndicatorFacts(
        String indicatorId,
        String planId,
        String name,
        String unit,
        IndicatorKind kind,
        Direction direction,
        BigDecimal baselineValue,
        LocalDate baselineDate,
        List<Target> targets,
        List<String> linkedElements,
        boolean retired,
        String previousIndicatorId,
        String previousPlanId,
        NavigableMap<MeasurementPeriod, BigDecimal> scores) {

    public Optional<Map.Entry<MeasurementPeriod, BigDecimal>> firstScore() {
        return Optional.ofNullable(scores.firstEntry());
    }

    public Optional<Map.Entry<MeasurementPeriod, BigDecimal>> lastScore() {
        return Optional.ofNullable(scores.lastEntry());
    }

    /** The last score of a period that ends in {@code year}. */
    public Optional<Map.Entry<MeasurementPeriod, BigDecimal>> lastScoreIn(int year) {
        return scores.descendingMap().entrySet().stream().filter(score -> score.getKey().year() == year).findFirst();
    }

    /** The target a score of {@code period} is judged against: its own period's, else its quarter's or year's. */
    public Optional<Target> targetFor(MeasurementPeriod period) {
        return new Targets(targets).applicableTo(period);
    }

    /** The score judged as the query-service judges it ({@link IndicatorRule}). */
    public TrackStatus judge(MeasurementPeriod period, BigDecimal value) {
        Baseline baseline = baselineValue == null ? null : new Baseline(baselineValue, baselineDate);
        return IndicatorRule.judge(kind, direction, baseline, targetFor(period).orElse(null), value);
    }
}
