package be.koers.query.live;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.projection.EventHandlers;
import be.koers.projection.Projection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends every applied event of a plan and of its indicators to the plan's change feed, in the transaction that
 * applies it: a change is in the feed if and only if the read models show it, and a duplicate delivery, skipped
 * before any projection runs, adds nothing.
 * <p>
 * Change numbers come from the plan's row in {@code feed_counter}, incremented in the same transaction. That row
 * stays locked until the transaction commits, so a concurrent change of the same plan (an indicator's event on
 * another consumer thread) waits and gets the next number only after this one committed: numbers commit in their
 * order, and a reader that sees number n has seen everything below it. A rollback takes its number back: no gaps.
 * <p>
 * Within one aggregate the feed keeps the stream's order. Between a plan's stream and its indicators' streams the
 * order is the order in which they were consumed, so a rebuild, which truncates the feed and numbers again from 1,
 * may interleave them differently: Last-Event-IDs from before a rebuild are meaningless afterwards.
 */
@Component
class ChangeFeed implements Projection {

    /** planning-api's names for the element an event concerns, by the event record's component name. */
    private static final List<String> ELEMENT_FIELDS = List.of("elementId", "itemId", "goalId", "actionPlanId");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final EventHandlers handlers = new EventHandlers()
            .on(PlanEvent.class, (event, envelope) -> append(event, event.planId().value(), null, envelope))
            .on(IndicatorEvent.class, (event, envelope) ->
                    append(event, event.planId().value(), event.indicatorId().value(), envelope));

    ChangeFeed(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Override
    public List<String> tables() {
        return List.of("change_feed", "feed_counter");
    }

    private void append(TenantScoped event, String planId, String indicatorId, EventEnvelope envelope) {
        long seq = jdbc.sql("""
                        INSERT INTO feed_counter (tenant, plan_id, last_seq) VALUES (:tenant, :planId, 1)
                        ON CONFLICT (tenant, plan_id) DO UPDATE SET last_seq = feed_counter.last_seq + 1
                        RETURNING last_seq""")
                .param("tenant", event.tenant().value())
                .param("planId", planId)
                .query(Long.class)
                .single();
        String elementId = elementIdOf(envelope.payload());
        ChangeData data = new ChangeData(envelope.type(), envelope.aggregateId(), envelope.sequenceNumber(),
                envelope.timestamp(), envelope.actor(), planId, indicatorId, elementId, envelope.payload());
        jdbc.sql("""
                        INSERT INTO change_feed (tenant, plan_id, seq, indicator_id, element_id, type, data, created_at)
                        VALUES (:tenant, :planId, :seq, :indicatorId, :elementId, :type, CAST(:data AS jsonb), :createdAt)""")
                .param("tenant", event.tenant().value())
                .param("planId", planId)
                .param("seq", seq)
                .param("indicatorId", indicatorId)
                .param("elementId", elementId)
                .param("type", envelope.type())
                .param("data", toJson(data))
                .param("createdAt", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String elementIdOf(JsonNode payload) {
        return ELEMENT_FIELDS.stream()
                .map(payload::path)
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse(null);
    }

    private String toJson(ChangeData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the change of " + data.type() + " as JSON", e);
        }
    }
}
