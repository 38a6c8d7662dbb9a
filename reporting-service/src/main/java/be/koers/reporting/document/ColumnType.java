package be.koers.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the cells of a column are formatted (unless a cell is a {@link Figure}), and which Java values they hold. */
public enum ColumnType {
    /** Any cell value, shown as text. */
    TEXT,
    /** A whole {@link Number}. */
    INTEGER,
    /** A {@link Number}, preferably a {@link BigDecimal}. */
    DECIMAL,
    /** An amount in euro, preferably a {@link BigDecimal}. */
    EURO,
    /** Staff in full-time equivalents: up to two decimals, no unit (15, 12,5). */
    FTE,
    /** A fraction: 0.25 is shown as 25 %. */
    PERCENT,
    /** A {@link LocalDate}. */
    DATE;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == EURO || this == FTE || this == PERCENT;
    }

    boolean accepts(Object cell) {
        return cell == null || switch (this) {
            case TEXT -> cell instanceof String || cell instanceof Number || cell instanceof LocalDate;
            case INTEGER, DECIMAL, EURO, FTE, PERCENT -> cell instanceof Number || cell instanceof Figure;
            case DATE -> cell instanceof LocalDate;
        };
    }
}
