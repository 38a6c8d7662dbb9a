package be.koers.query.budget;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An element's budget for one year: the current estimate and the actuals, each absent until recorded. */
public record BudgetLine(int year, RecordedFigures estimate, RecordedFigures actual) {

    static BudgetLine map(ResultSet rs, int rowNum) throws SQLException {
        return new BudgetLine(rs.getInt("year"), FigureColumns.ESTIMATE.read(rs), FigureColumns.ACTUAL.read(rs));
    }
}
