package be.koers.web.input;

import be.koers.web.language.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal numbers as people type them into a form and read them back in its fields, in the reader's language:
 * {@code 1.300.000,10} in Dutch, {@code 1,300,000.10} in English ({@code ${@decimals.exact(amount)}} in a page).
 * Reading is exact (the digits are handed to {@link BigDecimal} as they were typed, never through a double) and
 * strict: a grouping separator only ever stands between groups of three digits, so {@code 1.5} typed on a Dutch
 * page, which may be one and a half written the English way, is refused instead of being read as fifteen. Spaces
 * may group digits too ({@code 1 300 000,10}); a euro sign around the number is ignored.
 */
@Component("decimals")
public class DecimalInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    /**
     * The number the text says in the language's notation; empty when nothing was typed.
     *
     * @throws NumberFormatException when the text is no number in that notation
     */
    public static Optional<BigDecimal> read(String typed, Locale language) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Languages.supported(language));
        char group = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        String text = typed.strip().replace('\u2212', '-');
        text = stripEuro(text);
        text = SPACES.matcher(text).replaceAll(String.valueOf(group));
        Matcher number = pattern(group, decimal).matcher(text);
        if (!number.matches() || (number.group(2) == null && number.group(3) == null)) {
            throw new NumberFormatException("'" + typed + "' is no number in " + language.toLanguageTag());
        }
        String integer = number.group(2) == null ? "0" : number.group(2).replace(String.valueOf(group), "");
        String fraction = number.group(3) == null ? "" : "." + number.group(3);
        return Optional.of(new BigDecimal(number.group(1) + integer + fraction));
    }

    /** The number as the reader's language writes it in a field: grouped, with every decimal it has (none rounded). */
    public String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Languages.supported(LocaleContextHolder.getLocale()));
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(true);
        return format.format(value);
    }

    private static String stripEuro(String text) {
        String withoutSign = text.startsWith("€") ? text.substring(1) : text.endsWith("€") ? text.substring(0, text.length() - 1) : text;
        return withoutSign.strip();
    }

    private static Pattern pattern(char group, char decimal) {
        String g = Pattern.quote(String.valueOf(group));
        String d = Pattern.quote(String.valueOf(decimal));
        return Pattern.compile("([-+]?)(\\d{1,3}(?:" + g + "\\d{3})+|\\d+)?(?:" + d + "(\\d+))?");
    }
}
