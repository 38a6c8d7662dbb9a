package be.koers.query.revision;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.ElementChange;
import be.koers.query.plan.ElementRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The elements as the edition log names them ({@code edition_element}): level, title and whether each is active
 * planned content, folded from the tree events as the working plan has them ({@link ElementChange}), so that an
 * edition names its elements as they were when it was adopted. Changes after adoption happen inside revisions, so
 * while one is open each planned element also keeps its title and status as last adopted, which a discard restores;
 * an element the revision defined has none and goes with the discard. Unplanned work is no plan content: a discard
 * leaves it as it is, as the working plan does.
 */
@Component
class EditionElements {

    static final String TABLE = "edition_element";
    /** What the edition log names of an element, in {@link ElementChange}'s terms: when defined, and when changed. */
    private static final List<String> DEFINING = List.of("level", "position", "planned", "title", "status");
    private static final List<String> CHANGING = List.of("title", "status");
    private static final String PLAN = " WHERE tenant = :tenant AND plan_id = :planId";

    private final JdbcClient jdbc;

    EditionElements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An element defined, or its title or status changed; an element the plan does not have is not invented. */
    void apply(TreeEvent event, EventEnvelope envelope) {
        ElementChange change = ElementChange.of(event, envelope);
        Map<String, Object> columns = new HashMap<>();
        (change.defines() ? DEFINING : CHANGING).stream().filter(change.columns()::containsKey)
                .forEach(column -> columns.put(column, change.columns().get(column)));
        String sql = change.defines()
                ? "INSERT INTO edition_element (tenant, plan_id, element_id, " + String.join(", ", columns.keySet())
                        + ") VALUES (:tenant, :planId, :elementId, " + joined(columns, ":%s") + ")"
                : "UPDATE edition_element SET " + joined(columns, "%1$s = :%1$s") + PLAN + " AND element_id = :elementId";
        jdbc.sql(sql)
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", change.elementId().value())
                .params(columns)
                .update();
    }

    void revisionOpened(PlanEvent event) {
        run("UPDATE edition_element SET adopted_title = title, adopted_status = status" + PLAN + " AND planned", event);
    }

    void revisionDiscarded(PlanEvent event) {
        run("DELETE FROM edition_element" + PLAN + " AND planned AND adopted_title IS NULL", event);
        run("UPDATE edition_element SET title = adopted_title, status = adopted_status" + PLAN + " AND planned", event);
        revisionClosed(event);
    }

    /** Adopted or discarded: the working plan is the last edition again, and no element keeps another state. */
    void revisionClosed(PlanEvent event) {
        run("UPDATE edition_element SET adopted_title = NULL, adopted_status = NULL" + PLAN, event);
    }

    /** The active planned elements, in the order they were defined. */
    List<ElementRef> activePlanned(String tenant, String planId) {
        return jdbc.sql("SELECT element_id, level, title FROM edition_element" + PLAN + " AND status = :active AND planned"
                        + " ORDER BY position")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("active", ElementStatus.ACTIVE.name())
                .query(EditionElements::ref)
                .list();
    }

    /** The named elements, in the order named; one the plan lacks keeps only its id. */
    List<ElementRef> named(String tenant, String planId, List<ElementId> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<String, ElementRef> known = new HashMap<>();
        jdbc.sql("SELECT element_id, level, title FROM edition_element" + PLAN + " AND element_id = ANY (:ids)")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("ids", ids.stream().map(ElementId::value).toArray(String[]::new))
                .query(EditionElements::ref)
                .list()
                .forEach(ref -> known.put(ref.elementId(), ref));
        return ids.stream().map(id -> known.getOrDefault(id.value(), new ElementRef(id.value(), null, null))).toList();
    }

    private void run(String sql, PlanEvent event) {
        jdbc.sql(sql).param("tenant", event.tenant().value()).param("planId", event.planId().value()).update();
    }

    private static String joined(Map<String, Object> columns, String format) {
        return columns.keySet().stream().map(format::formatted).collect(Collectors.joining(", "));
    }

    private static ElementRef ref(ResultSet rs, int rowNum) throws SQLException {
        return new ElementRef(rs.getString("element_id"), Level.valueOf(rs.getString("level")), rs.getString("title"));
    }
}
