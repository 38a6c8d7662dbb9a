package be.koers.query.budget;

import be.koers.planning.api.budget.BudgetFigures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One entry of an element's budget history: an estimate, a revision with its reason, or actuals. */
public record BudgetChange(int year, BudgetChangeKind kind, BudgetFigures figures, String reason, Instant recordedAt,
                           String recordedBy) {

    static BudgetChange map(ResultSet rs, int rowNum) throws SQLException {
        RecordedFigures recorded = FigureColumns.HISTORY.read(rs);
        return new BudgetChange(rs.getInt("year"), BudgetChangeKind.valueOf(rs.getString("kind")), recorded.figures(),
                rs.getString("reason"), recorded.recordedAt(), recorded.recordedBy());
    }
}
