package be.koers.reporting.indicator;

import be.koers.planning.api.indicator.Direction;
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

    /** The target for the year itself, or else the target of the year's last period that has one. */
    public Optional<Target> targetFor(int year) {
        return targets.stream().filter(t -> t.period().year() == year)
                .max((a, b) -> a.period().frequency() == b.period().frequency() ? a.period().compareTo(b.period())
                        : Integer.compare(rank(a.period()), rank(b.period())));
    }

    private static int rank(MeasurementPeriod period) {
        return switch (period.frequency()) {
            case YEARLY -> 2;
            case QUARTERLY, MONTHLY -> period.compareTo(period) + 1;
        };
    }
}
