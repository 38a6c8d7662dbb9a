package be.koers.query.plan;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.projection.SqlArrays;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of {@code plan_element} (or of a table with its columns: the adopted copy, element versions), without its
 * tags, with its continuation ({@link ContinuationColumns}).
 *
 * @param unplanned why it was carried out outside the plan; null for plan content
 * @param continues null when it continues no element of an earlier plan
 */
public record ElementRow(String elementId, String parentId, Level level, long position, String title, String description,
                  String intendedResult, Boolean priority, Owner owner, ActionType actionType, List<String> preconditions,
                  Period period, ElementStatus status, String retiredReason, Instant changedAt, String changedBy,
                  UnplannedWork unplanned, Continuation continues) {

    /**
     * Every column of {@code plan_element} besides its key (tenant, plan_id, element_id): what a copy of an element's
     * state carries (the adopted copy, a version in the history).
     */
    public static final List<String> STATE_COLUMNS = List.of("parent_id", "level", "position", "title", "description",
            "intended_result", "priority", "department", "political_owner", "action_type", "preconditions",
            "period_start", "period_end", "status", "retired_reason", "changed_at", "changed_by", "planned",
            "unplanned_cause", "cause_explanation");

    public static ElementRow map(ResultSet rs, int rowNum) throws SQLException {
        String department = rs.getString("department");
        String politicalOwner = rs.getString("political_owner");
        LocalDate periodStart = rs.getObject("period_start", LocalDate.class);
        LocalDate periodEnd = rs.getObject("period_end", LocalDate.class);
        String actionType = rs.getString("action_type");
        String continuesPlanId = rs.getString(ContinuationColumns.PLAN_ID);
        return new ElementRow(
                rs.getString("element_id"),
                rs.getString("parent_id"),
                Level.valueOf(rs.getString("level")),
                rs.getLong("position"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("intended_result"),
                rs.getObject("priority", Boolean.class),
                department == null && politicalOwner == null ? null : new Owner(department, politicalOwner),
                actionType == null ? null : ActionType.valueOf(actionType),
                SqlArrays.toList(rs.getArray("preconditions")),
                periodStart == null && periodEnd == null ? null : new Period(periodStart, periodEnd),
                ElementStatus.valueOf(rs.getString("status")),
                rs.getString("retired_reason"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("changed_by"),
                rs.getBoolean("planned") ? null : new UnplannedWork(
                        UnplannedWorkCause.valueOf(rs.getString("unplanned_cause")), rs.getString("cause_explanation")),
                continuesPlanId == null ? null
                        : new Continuation(continuesPlanId, rs.getString(ContinuationColumns.ELEMENT_ID)));
    }

    public boolean retired() {
        return status == ElementStatus.RETIRED;
    }

    public boolean planned() {
        return unplanned == null;
    }
}
