package be.koers.query.history.audit;

import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/** The {@code audit_line} table: one line per applied event, written once, read by plan, filter and element. */
@Component
class AuditLines {

    static final String TABLE = "audit_line";
    /**
     * Every column, the changes as JSON text with their keys in the order field, from, to (jsonb keeps keys in an
     * order of its own) and "from" or "to" null where the change had no value.
     */
    private static final String COLUMNS = "*, coalesce((SELECT json_agg(json_build_object('field', c ->> 'field',"
            + " 'from', c -> 'from', 'to', c -> 'to') ORDER BY n) FROM jsonb_array_elements(changes) WITH ORDINALITY"
            + " AS x (c, n))::text, '[]') AS changes_text";
    private static final String NEWEST_FIRST = " ORDER BY occurred_at DESC, aggregate_id, sequence DESC";
    private static final String OLDEST_FIRST = " ORDER BY occurred_at, aggregate_id, sequence";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLines(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(EventEnvelope envelope, String planId, String indicatorId, Integer revisionNumber, Description description) {
        jdbc.sql("""
                        INSERT INTO audit_line (tenant, aggregate_id, sequence, aggregate_type, plan_id, event_id, type,
                                                element_id, indicator_id, occurred_at, actor, reason, correlation_id,
                                                revision_number, summary, changes)
                        VALUES (:tenant, :aggregateId, :sequence, :aggregateType, :planId, :eventId, :type,
                                :elementId, :indicatorId, :occurredAt, :actor, :reason, :correlationId,
                                :revisionNumber, :summary, CAST(:changes AS jsonb))""")
                .param("tenant", envelope.tenant())
                .param("aggregateId", envelope.aggregateId())
                .param("sequence", envelope.sequenceNumber())
                .param("aggregateType", envelope.aggregateType())
                .param("planId", planId)
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("elementId", description.elementId())
                .param("indicatorId", indicatorId)
                .param("occurredAt", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("actor", envelope.actor())
                .param("reason", envelope.reason() != null ? envelope.reason() : description.reason())
                .param("correlationId", envelope.correlationId())
                .param("revisionNumber", revisionNumber)
                .param("summary", description.summary())
                .param("changes", toJson(description.changes()))
                .update();
    }

    long count(AuditFilter filter) {
        return jdbc.sql("SELECT count(*) FROM audit_line WHERE " + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    List<AuditLineView> page(AuditFilter filter, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_line WHERE " + filter.where() + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditLineView::map)
                .list();
    }

    /** Every matching line, newest first, handed over one at a time so an export never holds them all. */
    void forEach(AuditFilter filter, Consumer<AuditLineView> each) {
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_line WHERE " + filter.where() + NEWEST_FIRST)
                .params(filter.params())
                .query((RowCallbackHandler) rs -> each.accept(AuditLineView.map(rs, 0)));
    }

    List<AuditLineView> ofElement(String tenant, String planId, String elementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_line WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId"
                        + OLDEST_FIRST)
                .param("tenant", tenant)
                .param("planId", planId)
                .param("elementId", elementId)
                .query(AuditLineView::map)
                .list();
    }

    private String toJson(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the changes of an audit line as JSON", e);
        }
    }
}
