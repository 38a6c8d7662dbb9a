package be.koers.web.language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers and euro amounts in the reader's language, for the pages ({@code ${@formats.euro(amount)}}):
 * {@code € 1.600.000,30} and {@code 4 dec 2026} in Dutch, {@code €1,600,000.30} and {@code Dec 4, 2026} in English.
 * Amounts stay {@link BigDecimal} up to here: exact, never floating point.
 */
@Component("formats")
public class Formats {

    /** Belgian time: the administrations' own, for moments such as "last changed at". */
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Currency EURO = Currency.getInstance("EUR");

    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(EURO);
        return format.format(amount);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(BRUSSELS).format(instant);
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }
}
