package be.koers.query.plan;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** Lists as PostgreSQL text[] parameters and back; null stays null. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String[] of(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    public static List<String> toList(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
