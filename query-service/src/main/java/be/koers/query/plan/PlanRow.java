package be.koers.query.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** One row of {@code plan}. */
public record PlanRow(String planId, String legislatureId, String title, PlanTemplate template, PlanStatus status,
                      int firstYear, int lastYear, String mission, String vision, List<String> coreValues,
                      LocalDate decisionDate, String decisionReference, String closedReason, long version) {

    static PlanRow map(ResultSet rs, int rowNum) throws SQLException {
        return new PlanRow(
                rs.getString("plan_id"),
                rs.getString("legislature_id"),
                rs.getString("title"),
                PlanTemplate.valueOf(rs.getString("template")),
                PlanStatus.valueOf(rs.getString("status")),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                rs.getString("mission"),
                rs.getString("vision"),
                SqlArrays.toList(rs.getArray("core_values")),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_reference"),
                rs.getString("closed_reason"),
                rs.getLong("version"));
    }
}
