package be.koers.reporting.budget;

import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

@Component
public class BudgetLines {

    private final JdbcClient jdbc;

    BudgetLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BudgetBook ofPlan(String planId) {
        Map<String, Map<Integer, YearBudget>> lines = new HashMap<>();
        jdbc.sql("SELECT * FROM budget_line WHERE plan_id = :planId")
                .param("planId", planId)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getString("element_id"), id -> new HashMap<>())
                            .put(rs.getInt("year"), new YearBudget(figures(rs, "est"), figures(rs, "act")));
                });
        return new BudgetBook(lines);
    }

    private static BudgetFigures figures(ResultSet rs, String side) throws SQLException {
        return new BudgetFigures(euro(rs, side + "_operating_expenditure"), euro(rs, side + "_operating_receipts"),
                euro(rs, side + "_investment_expenditure"), euro(rs, side + "_investment_receipts"),
                rs.getBigDecimal(side + "_staff_fte"));
    }

    private static Euro euro(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? null : Euro.of(amount);
    }
}
