package be.koers.reporting.document;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Excel's rules for sheet names: 1 to 31 characters, none of []:*?/\, no apostrophe first or last, unique regardless
 * of case.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
    private static final Pattern OUTER_APOSTROPHES = Pattern.compile("^'+|'+$");

    private final Set<String> taken = new HashSet<>();

    /**
     * A name for a new sheet as close to the wished one as the rules allow.
     *
     * @param fallback for a wish with nothing usable left, such as a blank title
     */
    String claim(String wish, String fallback) {
        String safe = truncate(OUTER_APOSTROPHES.matcher(
                FORBIDDEN.matcher(wish).replaceAll(" ").replaceAll("\\s+", " ").strip()).replaceAll(""), MAX_LENGTH);
        if (safe.isEmpty()) {
            safe = truncate(fallback, MAX_LENGTH);
        }
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(safe, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static String truncate(String name, int length) {
        return name.substring(0, Math.min(name.length(), length)).strip();
    }
}
