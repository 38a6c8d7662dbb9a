package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.ElementChange;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRow;
import be.koers.query.plan.TagPairs;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of a plan's elements ({@code element_version}), folded forward from the history's own rows: a change
 * ends the element's current version and begins the next one, the current one with what the event sets
 * ({@link ElementChange}); a definition begins the first. An event naming an element the history does not have
 * begins nothing, as the working plan ignores it too. Two statements per change, whatever the history's length.
 */
@Component
class ElementVersions {

    static final String TABLE = "element_version";
    /** What a version holds of its element beyond its state: the event that began it and when it ended. */
    private static final String[] NOT_STATE = {"sequence", "valid_from", "event_type", "ended_sequence", "valid_to"};
    /** Not plan content either: a discard keeps the element's continuation as it is now. */
    private static final String[] NOT_REVISED = {"continues_plan_id", "continues_element_id"};
    /** An element's tags given as two parallel arrays, as the {@code tags} column stores them: sorted pairs. */
    private static final String TAG_PAIRS = "to_jsonb(ARRAY(SELECT d || ':' || v FROM unnest(CAST(:tagDimensions AS text[]),"
            + " CAST(:tagValues AS text[])) AS t (d, v) ORDER BY d, v))";
    /**
     * The version of the current version {@code c}'s element when the revision opened, if it had one: one backward
     * step through the primary key per element, which the planner cannot turn into a join of every version of the
     * plan with every other (LIMIT keeps the lookup a lookup).
     */
    private static final String AT_OPENING = "SELECT o AS state FROM element_version o WHERE o.tenant = c.tenant AND o.plan_id = c.plan_id"
            + " AND o.element_id = c.element_id AND o.sequence <= :opened AND (o.ended_sequence IS NULL OR o.ended_sequence > :opened)"
            + " ORDER BY o.sequence DESC LIMIT 1";
    private static final String VERSION_OF_ELEMENT = " WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ElementVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(PlanEvent event, ElementChange change, EventEnvelope envelope) {
        Map<String, Object> values = new LinkedHashMap<>(change.columns());
        values.put("tenant", event.tenant().value());
        values.put("plan_id", event.planId().value());
        values.put("element_id", change.elementId().value());
        values.put("sequence", envelope.sequenceNumber());
        values.put("valid_from", envelope.timestamp());
        values.put("event_type", envelope.type());
        values.put("ended_sequence", null);
        values.put("valid_to", null);
        String[][] tagRows = change.tagRows();
        String withTags = "CAST(:values AS jsonb)" + (change.retags() ? " || jsonb_build_object('tags', " + TAG_PAIRS + ")" : "");
        String begun = change.defines()
                ? "INSERT INTO element_version SELECT * FROM jsonb_populate_record(NULL::element_version, " + withTags + ")"
                : "INSERT INTO element_version SELECT next.* FROM element_version v, jsonb_populate_record(v, " + withTags + ") next"
                + " WHERE v.tenant = :tenant AND v.plan_id = :planId AND v.element_id = :elementId AND v.ended_sequence IS NULL";
        VersionParams.bind(jdbc.sql(begun), event, envelope)
                .param("elementId", change.elementId().value())
                .param("values", VersionParams.json(json, values))
                .param("tagDimensions", tagRows[0])
                .param("tagValues", tagRows[1])
                .update();
        VersionParams.bind(jdbc.sql("UPDATE element_version SET ended_sequence = :sequence, valid_to = :at"
                        + VERSION_OF_ELEMENT + " AND ended_sequence IS NULL AND sequence < :sequence"), event, envelope)
                .param("elementId", change.elementId().value())
                .update();
    }

    /**
     * A discard: every planned element goes back to its version when the revision opened (a new version where that
     * differs from its current one); one the revision defined ends. Unplanned work is not plan content: like the
     * plan aggregate, the discard leaves it as it is now. The elements to write are found through the current
     * versions' index, each looked up by key at the opening.
     */
    void restore(PlanEvent event, long openedSequence, EventEnvelope envelope) {
        String state = "jsonb_strip_nulls(to_jsonb(%s)) - ARRAY['" + String.join("', '", NOT_STATE) + "', '"
                + String.join("', '", NOT_REVISED) + "']";
        VersionParams.bind(jdbc.sql("""
                        INSERT INTO element_version
                        SELECT restored.* FROM element_version c
                        CROSS JOIN LATERAL (%s) opening
                        CROSS JOIN LATERAL jsonb_populate_record(opening.state, jsonb_build_object('sequence', :sequence,
                                'valid_from', :at, 'event_type', :type, 'ended_sequence', NULL, 'valid_to', NULL,
                                'continues_plan_id', c.continues_plan_id, 'continues_element_id', c.continues_element_id)) restored
                        WHERE c.tenant = :tenant AND c.plan_id = :planId AND c.ended_sequence IS NULL AND c.planned
                          AND %s <> %s""".formatted(AT_OPENING, state.formatted("opening.state"), state.formatted("c"))), event, envelope)
                .param("opened", openedSequence)
                .update();
        VersionParams.bind(jdbc.sql("""
                        UPDATE element_version c SET ended_sequence = :sequence, valid_to = :at
                        WHERE c.tenant = :tenant AND c.plan_id = :planId AND c.ended_sequence IS NULL AND c.sequence < :sequence
                          AND (EXISTS (SELECT 1 FROM element_version n WHERE n.tenant = c.tenant AND n.plan_id = c.plan_id
                                       AND n.element_id = c.element_id AND n.sequence = :sequence)
                               OR c.planned AND NOT EXISTS (%s))""".formatted(AT_OPENING)), event, envelope)
                .param("opened", openedSequence)
                .update();
    }

    /** The element's current version: the working element, until the event being applied ends it. */
    Optional<ElementNode> current(String tenant, String planId, String elementId) {
        return jdbc.sql("SELECT * FROM element_version" + VERSION_OF_ELEMENT + " AND ended_sequence IS NULL")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("elementId", elementId)
                .query((rs, row) -> ElementNode.of(ElementRow.map(rs, row), TagPairs.toTags(rs.getArray("tags")), null))
                .optional();
    }

    /** The plan's elements as they stood at the cut, in definition order. */
    HistoricElements at(String tenant, String planId, ValidityCondition cut) {
        List<ElementRow> rows = new ArrayList<>();
        Map<String, Tags> tags = new HashMap<>();
        jdbc.sql("SELECT * FROM element_version WHERE tenant = :tenant AND plan_id = :planId AND " + cut.condition()
                        + " ORDER BY position")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("cut", cut.value())
                .query(rs -> {
                    ElementRow row = ElementRow.map(rs, rows.size());
                    rows.add(row);
                    tags.put(row.elementId(), TagPairs.toTags(rs.getArray("tags")));
                });
        return new HistoricElements(rows, tags);
    }
}
