package be.koers.query.indicator;

import be.koers.planning.api.indicator.MeasurementPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A period as stored: its text, and {@code period_end}, {@code period_months} by which SQL orders periods the way
 * {@link MeasurementPeriod} does (by last day), with a month before the quarter and the year ending on the same day.
 */
final class PeriodColumns {

    static final String ORDER = "period_end, period_months";
    static final String LATEST_FIRST = "period_end DESC, period_months DESC";

    private PeriodColumns() {
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MeasurementPeriod period) {
        return spec.param("period", period.toString())
                .param("periodEnd", period.lastDay())
                .param("periodMonths", switch (period.frequency()) {
                    case MONTHLY -> 1;
                    case QUARTERLY -> 3;
                    case YEARLY -> 12;
                });
    }
}
