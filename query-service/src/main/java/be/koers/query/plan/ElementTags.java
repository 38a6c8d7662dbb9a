package be.koers.query.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tags of elements, one row per dimension and value, so a search by tag is an index lookup. */
@Component
class ElementTags {

    static final String TABLE = "element_tag";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ElementTags(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Tags a new element. */
    void add(PlanEvent event, ElementId elementId, Tags tags) {
        if (tags == null) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (TagDimension dimension : TagDimension.values()) {
            dimension.valuesOf(tags).forEach(value -> rows.add(new Object[]{
                    event.tenant().value(), event.planId().value(), elementId.value(), dimension.name(), value}));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO element_tag (tenant, plan_id, element_id, dimension, value) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    /** Replaces all tags of the element: a retag names the complete new set. */
    void replace(PlanEvent event, ElementId elementId, Tags tags) {
        jdbc.sql("DELETE FROM element_tag WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", elementId.value())
                .update();
        add(event, elementId, tags);
    }

    /** The tags of every element of the plan that has any, by element id. */
    Map<String, Tags> ofPlan(String tenant, String planId, ElementTables tables) {
        return read(jdbc.sql("SELECT element_id, dimension, value FROM " + tables.tags() + " WHERE tenant = :tenant AND plan_id = :planId")
                .param("tenant", tenant)
                .param("planId", planId));
    }

    /** The tags of the given elements of the plan that have any, by element id. */
    Map<String, Tags> ofElements(String tenant, String planId, Collection<String> elementIds, ElementTables tables) {
        return read(jdbc.sql("SELECT element_id, dimension, value FROM " + tables.tags()
                        + " WHERE tenant = :tenant AND plan_id = :planId AND element_id = ANY (:elementIds)")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("elementIds", elementIds.toArray(String[]::new)));
    }

    private static Map<String, Tags> read(JdbcClient.StatementSpec query) {
        Map<String, Map<TagDimension, List<String>>> stored = new HashMap<>();
        query.query(rs -> {
            stored.computeIfAbsent(rs.getString("element_id"), id -> new EnumMap<>(TagDimension.class))
                    .computeIfAbsent(TagDimension.valueOf(rs.getString("dimension")), d -> new ArrayList<>())
                    .add(rs.getString("value"));
        });
        Map<String, Tags> tags = new HashMap<>();
        stored.forEach((elementId, values) -> tags.put(elementId, TagDimension.toTags(values)));
        return tags;
    }
}
