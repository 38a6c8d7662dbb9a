package be.koers.query.history.audit;

import be.koers.query.plan.FieldChange;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One audit line as the API shows it.
 *
 * @param sequence       the event's number in its aggregate's stream (the plan's, an indicator's or a legislature's)
 * @param revisionNumber the plan's revision that was open when the plan's event was applied; null outside revisions
 * @param summary        what happened in one English sentence, with what changed from what to what
 * @param changes        the same as JSON: [{field, from, to}], values as text, null for none
 */
@JsonPropertyOrder({"occurredAt", "type", "summary", "actor", "reason", "elementId", "indicatorId", "revisionNumber",
        "aggregateType", "aggregateId", "sequence", "eventId", "correlationId", "changes"})
public record AuditLineView(Instant occurredAt, String type, String summary, String actor, String reason, String elementId,
                            String indicatorId, Integer revisionNumber, String aggregateType, String aggregateId,
                            long sequence, String eventId, String correlationId, @JsonRawValue @ArraySchema(schema = @Schema(implementation = FieldChange.class)) String changes) {

    /** The values of a CSV row, in the order of the JSON properties; {@code changes} as its JSON text. */
    List<Object> cells() {
        return Arrays.asList(occurredAt, type, summary, actor, reason, elementId, indicatorId, revisionNumber, aggregateType,
                aggregateId, sequence, eventId, correlationId, changes);
    }

    static AuditLineView map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditLineView(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("type"),
                rs.getString("summary"), rs.getString("actor"), rs.getString("reason"), rs.getString("element_id"),
                rs.getString("indicator_id"), rs.getObject("revision_number", Integer.class), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.getLong("sequence"), rs.getString("event_id"), rs.getString("correlation_id"),
                rs.getString("changes_text"));
    }
}
