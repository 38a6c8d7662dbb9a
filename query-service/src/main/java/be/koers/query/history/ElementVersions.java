package be.koers.query.history;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.ContinuationColumns;
import be.koers.query.plan.ElementRow;
import be.koers.query.plan.TagPairs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The versions of a plan's elements ({@code element_version}): each change ends the element's current version and
 * copies its working row, tags and continuation included, as the next one. Two statements per change, whatever the
 * history's length.
 */
@Component
class ElementVersions {

    static final String TABLE = "element_version";
    /** What a version holds of its element besides the key: its state, its tags and its continuation. */
    private static final String VERSION_COLUMNS = columns("") + ", tags, " + ContinuationColumns.PLAN_ID + ", "
            + ContinuationColumns.ELEMENT_ID;
    /** The state a version copies from the working row {@code e}, named as in {@link #VERSION_COLUMNS}. */
    private static final String WORKING_STATE = columns("e.") + ", " + TagPairs.of("element_tag") + " AS tags, "
            + ContinuationColumns.SELECT;
    /** The working rows {@code e} with their continuations, for a WHERE on {@code e}. */
    private static final String WORKING_ROWS = " FROM plan_element e" + ContinuationColumns.JOIN;
    /** The working row {@code e} as a version begun by the event {@code :sequence}. */
    private static final String SNAPSHOT = "SELECT e.tenant, e.plan_id, e.element_id, :sequence, :at, :type, "
            + WORKING_STATE + WORKING_ROWS;
    private static final String INSERT = "INSERT INTO element_version (tenant, plan_id, element_id, sequence, valid_from,"
            + " event_type, " + VERSION_COLUMNS + ") ";

    private final JdbcClient jdbc;

    ElementVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The element as the event left it; nothing when the plan does not have it (the event was ignored). */
    void record(PlanEvent event, ElementId elementId, EventEnvelope envelope) {
        VersionParams.bind(jdbc.sql("UPDATE element_version SET ended_sequence = :sequence, valid_to = :at"
                + " WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId AND ended_sequence IS NULL"), event, envelope)
                .param("elementId", elementId.value())
                .update();
        VersionParams.bind(jdbc.sql(INSERT + SNAPSHOT + " WHERE e.tenant = :tenant AND e.plan_id = :planId AND e.element_id = :elementId"),
                event, envelope)
                .param("elementId", elementId.value())
                .update();
    }

    /**
     * After a discard restored the working plan: every element whose working state is not its current version gets
     * a new version, and the current version of one that is gone (the revision added it) ends. The elements to
     * write are a set difference rather than a join: without statistics the planner joined every working element
     * with every current version.
     */
    void restore(PlanEvent event, EventEnvelope envelope) {
        VersionParams.bind(jdbc.sql(INSERT + "SELECT tenant, plan_id, element_id, :sequence, :at, :type, " + VERSION_COLUMNS
                + " FROM (SELECT e.tenant, e.plan_id, e.element_id, " + WORKING_STATE + WORKING_ROWS
                + " WHERE e.tenant = :tenant AND e.plan_id = :planId"
                + " EXCEPT SELECT tenant, plan_id, element_id, " + VERSION_COLUMNS + " FROM element_version"
                + " WHERE tenant = :tenant AND plan_id = :planId AND ended_sequence IS NULL) changed"), event, envelope)
                .update();
        // each condition is a correlated lookup by the version's key (under OR, the planner keeps them per row)
        VersionParams.bind(jdbc.sql("""
                UPDATE element_version v SET ended_sequence = :sequence, valid_to = :at
                WHERE v.tenant = :tenant AND v.plan_id = :planId AND v.ended_sequence IS NULL AND v.sequence < :sequence
                  AND (EXISTS (SELECT 1 FROM element_version n WHERE n.tenant = v.tenant AND n.plan_id = v.plan_id
                                 AND n.element_id = v.element_id AND n.sequence = :sequence)
                       OR NOT EXISTS (SELECT 1 FROM plan_element e WHERE e.tenant = v.tenant AND e.plan_id = v.plan_id
                                        AND e.element_id = v.element_id))"""), event, envelope).update();
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

    private static String columns(String alias) {
        return ElementRow.STATE_COLUMNS.stream().map(column -> alias + column).collect(Collectors.joining(", "));
    }
}
