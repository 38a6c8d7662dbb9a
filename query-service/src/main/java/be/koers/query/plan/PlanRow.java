package be.koers.query.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.projection.SqlArrays;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of {@code plan}: the working statements, the decision of the edition in force ({@code edition} null
 * until adopted) and the open revision, if any.
 */
public record PlanRow(String planId, String legislatureId, String title, PlanTemplate template, PlanStatus status,
                      int firstYear, int lastYear, String mission, String vision, List<String> coreValues,
                      LocalDate decisionDate, String decisionReference, String closedReason, long version,
                      Integer edition, OpenRevision openRevision) {

    static PlanRow map(ResultSet rs, int rowNum) throws SQLException {
        Integer openRevision = rs.getObject("open_revision", Integer.class);
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
                rs.getLong("version"),
                rs.getObject("edition", Integer.class),
                openRevision == null ? null : new OpenRevision(openRevision, rs.getString("open_revision_name"),
                        rs.getObject("open_revision_opened_at", OffsetDateTime.class).toInstant(),
                        rs.getString("open_revision_opened_by")));
    }

    public Statements statements() {
        return new Statements(mission, vision, coreValues);
    }
}
