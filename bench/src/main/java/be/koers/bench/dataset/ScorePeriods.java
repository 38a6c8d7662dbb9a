package be.koers.bench.dataset;

import be.koers.bench.BenchSize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scores still to record: every indicator's months after the loaded ones, month by month across all
 * indicators, as the scores of a month come in. Shared by the concurrent clients of a measurement.
 */
public final class ScorePeriods {


    private final List<Score> indicators = new ArrayList<>();
    private final int firstMonth;
    private final AtomicLong next = new AtomicLong();

    public ScorePeriods(DataSet data) {
        data.plans().forEach(plan -> plan.indicators().forEach(indicator -> indicators.add(new Score(plan, indicator, null, null))));
        this.firstMonth = data.loadedMonths();
    }

    /** The next score to record, or null when every month of the six years has one. */
    public Score next() {
        long n = next.getAndIncrement();
        int month = firstMonth + (int) (n / indicators.size());
        if (month >= BenchSize.MONTHS) {
            return null;
        }
        Score indicator = indicators.get((int) (n % indicators.size()));
        return new Score(indicator.plan(), indicator.indicatorId(), period(month), value(indicator.indicatorId(), month));
    }

    static String period(int month) {
        return String.format("%d-%02d", PlanLoader.FIRST_YEAR + month / 12, 1 + month % 12);
    }

    static BigDecimal value(String indicator, int month) {
        return BigDecimal.valueOf(100 + month / 2 + Math.abs(indicator.hashCode() % 20));
    }

    public record Score(LoadedPlan plan, String indicatorId, String period, BigDecimal value) {
    }
}
