package be.koers.support.input;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Identifier;
import be.koers.support.problem.Violation;

import java.util.Optional;

/**
 * The rules every text and id must meet wherever it enters Koers (a body field, a path variable, a query parameter,
 * a header), before any command or query sees it. Field-specific limits (a title's 300 characters, a score's range)
 * are Bean Validation constraints on the commands; these are the ones no field may break.
 */
public final class InputRules {

    /** No text anywhere is longer than the longest free text. */
    public static final int MAX_TEXT = FreeText.MAX;

    private InputRules() {
    }

    /**
     * Text is valid Unicode (no lone surrogate, which would be stored as '?') without control characters other than
     * tab and newline (LF or CRLF): PostgreSQL cannot store NUL, and the others only corrupt reports and exports.
     */
    public static Optional<Violation> text(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Violation(field, "valid-unicode", field + " holds an unpaired UTF-16 surrogate at position "
                        + i + "; send valid Unicode text."));
            } else if (Character.getType(c) == Character.CONTROL && !allowedControl(value, i)) {
                return Optional.of(new Violation(field, "no-control-characters", field + " holds the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i + "; only tab and newline are allowed."));
            }
        }
        if (value.length() > MAX_TEXT) {
            return Optional.of(new Violation(field, "max-length", field + " is " + value.length()
                    + " characters long; no text may be longer than " + MAX_TEXT + "."));
        }
        return Optional.empty();
    }

    /** An id a client chose or names: {@link Identifier#DESCRIPTION}. */
    public static Optional<Violation> id(String field, String value) {
        return Identifier.wellFormed(value) ? Optional.empty()
                : Optional.of(new Violation(field, Identifier.RULE, field + " must be " + Identifier.DESCRIPTION + "."));
    }

    /** Path variables and parameters named {@code id} or {@code somethingId} hold ids. */
    static boolean namesAnId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    private static boolean allowedControl(String value, int i) {
        char c = value.charAt(i);
        return c == '\t' || c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n');
    }
}
