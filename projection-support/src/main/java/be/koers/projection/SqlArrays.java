package be.koers.projection;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** Lists as PostgreSQL {@code text[]} parameters and back, for every read model. */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The list as a {@code text[]} parameter; null stays null (SQL NULL, not an empty array). */
    public static String[] of(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    /** A {@code text[]} column as a list; SQL NULL reads as null. */
    public static List<String> toList(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }

    /** A {@code text[]} column as a list; SQL NULL reads as empty. */
    public static List<String> toListOrEmpty(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
