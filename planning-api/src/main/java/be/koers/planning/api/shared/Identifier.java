package be.koers.planning.api.shared;

import java.util.regex.Pattern;

/**
 * A typed id that travels in paths, bodies, events and topics. Clients may choose ids, so every id that enters
 * Koers is held to {@link #PATTERN}: safe in a URL path segment, a Kafka key and a database key. Ids already
 * stored before that rule are read as they are; the rule is applied where input enters, not when ids are read back.
 */
public interface Identifier {

    /** Letters, digits, dot, underscore and hyphen, 1 to 100 of them, and not only dots (no "." or ".." segments). */
    Pattern PATTERN = Pattern.compile("(?!\\.+$)[A-Za-z0-9._-]{1,100}");

    String RULE = "id-format";

    String DESCRIPTION = "1 to 100 letters, digits, '.', '_' or '-' (not only dots)";

    String value();

    static boolean wellFormed(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
