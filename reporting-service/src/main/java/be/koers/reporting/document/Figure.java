package be.koers.reporting.document;

import java.util.Objects;

/**
 * A table cell that is a number of a kind of its own, formatted by its type rather than its column's: for tables whose
 * rows are different figures under the same columns (a budget's amounts in euro and its staff in FTE), or whose rows
 * measure in different units (an indicator in euro among indicators in counts).
 */
public record Figure(Number value, ColumnType type) {

    public Figure {
        Objects.requireNonNull(value, "value");
        if (!type.numeric()) {
            throw new IllegalArgumentException(type + " is not a number type");
        }
    }

    /** The number a cell holds, whether a bare number or a {@link Figure}; anything else as it is. */
    static Object valueOf(Object cell) {
        return cell instanceof Figure figure ? figure.value() : cell;
    }
}
