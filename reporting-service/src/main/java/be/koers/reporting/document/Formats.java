package be.koers.reporting.document;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers, amounts, percentages and dates read in one language: nl-BE "€ 1.234,56" and "25,0 %", English
 * "€1,234.56" and "25.0%". The one place PDF and charts take their formatting from, so both read the same.
 * Immutable; the {@link NumberFormat}s it hands out are new and not to be shared between threads.
 */
public final class Formats {

    /** Reports are about Flemish administrations: their times are Brussels times, wherever the server runs. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final Locale locale;
    private final boolean english;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Formats(Locale locale) {
        this.locale = locale;
        this.english = locale.getLanguage().equals("en");
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE);
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** The cell as a reader sees it, by its column's type or as the {@link Figure} it is; an empty string for null. */
    public String cell(Object value, ColumnType type) {
        if (value instanceof Figure figure) {
            return cell(figure.value(), figure.type());
        }
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate localDate) {
            return date(localDate);
        }
        if (value instanceof Number number) {
            return type.numeric() ? numberFormat(type).format(number) : number.toString();
        }
        return value.toString();
    }

    public String euro(Number amount) {
        return numberFormat(ColumnType.EURO).format(amount);
    }

    /** @param fraction 0.25 for 25 % */
    public String percent(Number fraction) {
        return numberFormat(ColumnType.PERCENT).format(fraction);
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(Instant value) {
        return dateTime.format(value);
    }

    /** The format of table cells: euro with cents, percent with one decimal. */
    public NumberFormat numberFormat(ColumnType type) {
        return decimalFormat(switch (type) {
            case EURO -> english ? "€#,##0.00" : "€ #,##0.00;€ -#,##0.00";
            case PERCENT -> english ? "#,##0.0%" : "#,##0.0 %";
            case INTEGER -> "#,##0";
            case DECIMAL, FTE -> "#,##0.##";
            case TEXT, DATE -> throw new IllegalArgumentException(type + " is not a number type");
        });
    }

    /** The format of chart axes: round values without trailing zeros, so ticks stay short. */
    public NumberFormat axisFormat(ColumnType type) {
        return decimalFormat(switch (type) {
            case EURO -> english ? "€#,##0.##" : "€ #,##0.##;€ -#,##0.##";
            case PERCENT -> english ? "#,##0.#%" : "#,##0.# %";
            case INTEGER, DECIMAL, FTE -> "#,##0.##";
            case TEXT, DATE -> throw new IllegalArgumentException(type + " is not a number type");
        });
    }

    private NumberFormat decimalFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP); // as amounts are rounded on paper, not banker's rounding
        return format;
    }
}
