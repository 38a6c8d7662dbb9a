package be.koers.planning.api.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a score or target is for: a year ({@code 2027}), a quarter ({@code 2027-Q2}) or a month
 * ({@code 2027-05}). Ordered by its end, so a year follows its last month.
 */
public record MeasurementPeriod(int year, Integer quarter, Integer month) implements Comparable<MeasurementPeriod> {

    private static final Pattern TEXT = Pattern.compile("^(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$");

    public MeasurementPeriod {
        if (quarter != null && month != null) {
            throw new IllegalArgumentException("A period is a year, a quarter or a month, not both");
        }
    }

    @JsonCreator
    public static MeasurementPeriod parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period such as 2027, 2027-Q2 or 2027-05");
        }
        return new MeasurementPeriod(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    }

    /** For frameworks that convert text by a static valueOf, such as Spring MVC path variables. */
    public static MeasurementPeriod valueOf(String text) {
        return parse(text);
    }

    public Frequency frequency() {
        return month != null ? Frequency.MONTHLY : quarter != null ? Frequency.QUARTERLY : Frequency.YEARLY;
    }

    public LocalDate lastDay() {
        if (month != null) {
            return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        }
        if (quarter != null) {
            return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        }
        return LocalDate.of(year, 12, 31);
    }

    @JsonValue
    @Override
    public String toString() {
        if (month != null) {
            return String.format("%04d-%02d", year, month);
        }
        return quarter != null ? year + "-Q" + quarter : Integer.toString(year);
    }

    @Override
    public int compareTo(MeasurementPeriod other) {
        return lastDay().compareTo(other.lastDay());
    }
}
