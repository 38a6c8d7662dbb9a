package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The five figures of {@link BudgetFigures} and when and by whom they were recorded, as one group of columns:
 * {@code estimate_…} and {@code actual_…} on a budget line, unprefixed in the history. NUMERIC(15,2) throughout,
 * read back as BigDecimal with two decimals.
 */
enum FigureColumns {
    ESTIMATE("estimate_"),
    ACTUAL("actual_"),
    HISTORY("");

    private static final List<String> FIGURES = List.of("operating_expenditure", "operating_receipts",
            "investment_expenditure", "investment_receipts", "staff_fte");
    private static final List<String> RECORDED = List.of("recorded_at", "recorded_by");

    private final String prefix;

    FigureColumns(String prefix) {
        this.prefix = prefix;
    }

    /** The column names, for an INSERT. */
    String names() {
        return join("%s");
    }

    /** The named parameters, in the same order. */
    String parameters() {
        return join(":%s");
    }

    /** For ON CONFLICT DO UPDATE: every column of the group takes the new value. */
    String takeExcluded() {
        return join("%1$s = EXCLUDED.%1$s");
    }

    Map<String, Object> values(BudgetFigures figures, Instant recordedAt, String recordedBy) {
        Map<String, Object> values = new HashMap<>();
        values.put(prefix + "operating_expenditure", figures.operatingExpenditure().amount());
        values.put(prefix + "operating_receipts", figures.operatingReceipts().amount());
        values.put(prefix + "investment_expenditure", figures.investmentExpenditure().amount());
        values.put(prefix + "investment_receipts", figures.investmentReceipts().amount());
        values.put(prefix + "staff_fte", figures.staffFte());
        values.put(prefix + "recorded_at", recordedAt.atOffset(ZoneOffset.UTC));
        values.put(prefix + "recorded_by", recordedBy);
        return values;
    }

    /** The figures of this group in the row, or null when they were never recorded. */
    RecordedFigures read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(prefix + "recorded_at", OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        BudgetFigures figures = new BudgetFigures(euro(rs, "operating_expenditure"), euro(rs, "operating_receipts"),
                euro(rs, "investment_expenditure"), euro(rs, "investment_receipts"), rs.getBigDecimal(prefix + "staff_fte"));
        return new RecordedFigures(figures, at.toInstant(), rs.getString(prefix + "recorded_by"));
    }

    private Euro euro(ResultSet rs, String figure) throws SQLException {
        return Euro.of(rs.getBigDecimal(prefix + figure));
    }

    private String join(String format) {
        return Stream.concat(FIGURES.stream(), RECORDED.stream())
                .map(column -> format.formatted(prefix + column))
                .collect(Collectors.joining(", "));
    }
}
