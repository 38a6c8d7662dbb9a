package be.koers.reporting.document;

import java.util.regex.Pattern;

/** Table and chart ids end up in file and sheet names. */
final class Ids {

    private static final Pattern FILE_NAME_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private Ids() {
    }

    static String requireFileNameSafe(String id, String kind) {
        if (id == null || !FILE_NAME_SAFE.matcher(id).matches()) {
            throw new IllegalArgumentException("A " + kind + " id is up to 100 letters, digits, - and _, not " + id);
        }
        return id;
    }
}
