package be.koers.reporting.jdbc;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL text[] columns read back as lists; null reads as empty. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
