package be.koers.query.live;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ElementEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.SharedRowWrites;
import be.koers.projection.TableProjection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
 * The counter is one of the rows two consumer threads share, so the changes wait in {@link SharedRowWrites} and
 * are numbered just before the commit, plan after plan in one order (why: see there).
 * <p>
 * Within one aggregate the feed keeps the stream's order. Between a plan's stream and its indicators' streams the
 * order is the order in which they were consumed, so a rebuild, which truncates the feed and numbers again from 1,
 * may interleave them differently: Last-Event-IDs from before a rebuild are meaningless afterwards.
 */
@Component
@OwnsTables({"change_feed", "feed_counter"})
class ChangeFeed extends TableProjection {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final ObjectMapper json;
    private final SharedRowWrites<PlanKey, NewChange> unnumbered = new SharedRowWrites<>(this::append);

    ChangeFeed(JdbcClient jdbc, NamedParameterJdbcTemplate batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        on(PlanEvent.class, (event, envelope) -> hold(event, event.planId().value(), null, envelope));
        on(IndicatorEvent.class, (event, envelope) ->
                    hold(event, event.planId().value(), event.indicatorId().value(), envelope));
        // no plan's: the administration's and the legislatures' own streams
        ignores(TenantEvent.class, LegislatureEvent.class);
    }

    private void hold(TenantScoped event, String planId, String indicatorId, EventEnvelope envelope) {
        String elementId = elementIdOf(event);
        ChangeData data = new ChangeData(envelope.type(), envelope.aggregateId(), envelope.sequenceNumber(),
                envelope.timestamp(), envelope.actor(), planId, indicatorId, elementId, envelope.payload());
        unnumbered.add(new PlanKey(event.tenant().value(), planId),
                new NewChange(indicatorId, elementId, envelope.type(), toJson(data), envelope.timestamp()));
    }

    /** Numbers the plan's changes of this transaction after its latest one, in the order they were applied. */
    private void append(PlanKey plan, List<NewChange> changes) {
        long last = jdbc.sql("""
                        INSERT INTO feed_counter (tenant, plan_id, last_seq) VALUES (:tenant, :planId, :added)
                        ON CONFLICT (tenant, plan_id) DO UPDATE SET last_seq = feed_counter.last_seq + EXCLUDED.last_seq
                        RETURNING last_seq""")
                .param("tenant", plan.tenant())
                .param("planId", plan.planId())
                .param("added", changes.size())
                .query(Long.class)
                .single();
        long seq = last - changes.size();
        SqlParameterSource[] rows = new SqlParameterSource[changes.size()];
        for (int i = 0; i < rows.length; i++) {
            NewChange change = changes.get(i);
            rows[i] = new MapSqlParameterSource()
                    .addValue("tenant", plan.tenant())
                    .addValue("planId", plan.planId())
                    .addValue("seq", ++seq)
                    .addValue("indicatorId", change.indicatorId())
                    .addValue("elementId", change.elementId())
                    .addValue("type", change.type())
                    .addValue("data", change.data())
                    .addValue("createdAt", change.timestamp().atOffset(ZoneOffset.UTC));
        }
        // one round trip for all of them: a poll may bring hundreds of a plan's changes
        batches.batchUpdate("""
                INSERT INTO change_feed (tenant, plan_id, seq, indicator_id, element_id, type, data, created_at)
                VALUES (:tenant, :planId, :seq, :indicatorId, :elementId, :type, CAST(:data AS jsonb), :createdAt)""", rows);
    }

    private static String elementIdOf(TenantScoped event) {
        return event instanceof ElementEvent element ? element.elementId().value() : null;
    }

    private String toJson(ChangeData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the change of " + data.type() + " as JSON", e);
        }
    }

    /** A change applied in this transaction, still to be numbered. */
    private record NewChange(String indicatorId, String elementId, String type, String data, Instant timestamp) {
    }
}
