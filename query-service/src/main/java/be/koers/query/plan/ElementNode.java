package be.koers.query.plan;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A goal, action plan, activity or action as the API shows it. {@code period} is an action plan's realisation term
 * or an item's run; {@code children} is absent where a flat list is asked for.
 *
 * @param planned   false for unplanned work: carried out without being in the adopted plan, for the
 *                  {@code unplannedCause} that {@code causeExplanation} explains (both absent when planned)
 * @param continues the element of an earlier legislature's plan it carries over, null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementNode(String elementId, String parentId, Level level, String title, String description,
                          String intendedResult, Boolean priority, ElementStatus status, String retiredReason,
                          Owner owner, ActionType actionType, List<String> preconditions, Period period, Tags tags,
                          boolean planned, UnplannedWorkCause unplannedCause, String causeExplanation,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Continuation continues,
                          Instant lastChangedAt, String lastChangedBy,
                          // springdoc 2.8 drops a list of the record's own type unless it is named by reference
                          @ArraySchema(schema = @Schema(ref = "#/components/schemas/ElementNode")) List<ElementNode> children) {

    public static ElementNode of(ElementRow row, Tags tags, List<ElementNode> children) {
        UnplannedWork unplanned = row.unplanned();
        return new ElementNode(row.elementId(), row.parentId(), row.level(), row.title(), row.description(),
                row.intendedResult(), row.priority(), row.status(), row.retiredReason(), row.owner(), row.actionType(),
                row.preconditions(), row.period(), tags, row.planned(), unplanned == null ? null : unplanned.cause(),
                unplanned == null ? null : unplanned.explanation(), row.continues(), row.changedAt(), row.changedBy(),
                children);
    }
}
