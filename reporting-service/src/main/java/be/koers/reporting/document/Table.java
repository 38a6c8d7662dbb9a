package be.koers.reporting.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Rows of cells under typed columns. A cell is a {@link String}, a {@link Number} ({@link java.math.BigDecimal} for
 * euro, decimal and percent), a {@link Figure} (a number of its own type, in a number column), a
 * {@link java.time.LocalDate} or null (shown empty), as its {@link ColumnType} accepts.
 *
 * @param id stable and safe in a file name, such as {@code goal-budget}: exports are named after it
 */
public record Table(String id, String title, List<Column> columns, List<List<Object>> rows) implements Block {

    public Table {
        Ids.requireFileNameSafe(id, "table");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + id + " has no columns");
        }
        rows = copyChecked(id, columns, rows);
    }

    // List.copyOf rejects null, and null is a legitimate (empty) cell
    private static List<List<Object>> copyChecked(String id, List<Column> columns, List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + r + " of table " + id + " has " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                Column column = columns.get(c);
                if (!column.type().accepts(row.get(c))) {
                    throw new IllegalArgumentException("Row " + r + " of table " + id + " has " + row.get(c)
                            + " (" + row.get(c).getClass().getSimpleName() + ") in " + column.type()
                            + " column " + column.key());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }
}
