package be.koers.query.history;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.ElementRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's editions ({@code plan_edition}): written when the plan or a revision is adopted, with the element
 * names as they were adopted (the elements' current versions then), and read as the edition log and as markers in the
 * plan's history.
 */
@Component
public class EditionLog {

    static final String TABLE = "plan_edition";
    private static final String FIRST_EDITION = "Adopted plan";
    private static final TypeReference<List<ElementRef>> REFS = new TypeReference<>() {
    };
    private static final String MARKER_COLUMNS = "edition, decision_date, decision_reference, adopted_at, sequence";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    EditionLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Edition 1: all plan content the plan holds when first adopted is added; unplanned work is in no edition. */
    void first(PlanAdopted event, EventEnvelope envelope) {
        List<ElementRef> active = jdbc.sql("SELECT element_id, level, title FROM element_version"
                        + " WHERE tenant = :tenant AND plan_id = :planId AND ended_sequence IS NULL AND status = 'ACTIVE'"
                        + " AND planned ORDER BY position")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .query(EditionLog::ref)
                .list();
        insert(event.tenant().value(), event.planId().value(), 1, null, FIRST_EDITION, event.decisionDate(),
                event.decisionReference(), envelope, active, List.of(), List.of());
    }

    void next(RevisionAdopted event, EventEnvelope envelope) {
        String tenant = event.tenant().value();
        String planId = event.planId().value();
        insert(tenant, planId, event.edition(), event.revisionNumber(), event.name(), event.decisionDate(),
                event.decisionReference(), envelope, refs(tenant, planId, event.added()),
                refs(tenant, planId, event.replaced()), refs(tenant, planId, event.retired()));
    }

    /** Oldest first. */
    public List<EditionView> of(TenantId tenant, PlanId planId) {
        return jdbc.sql("SELECT * FROM plan_edition WHERE tenant = :tenant AND plan_id = :planId ORDER BY edition")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(this::view)
                .list();
    }

    public Optional<EditionMarker> find(TenantId tenant, PlanId planId, int edition) {
        return markers(tenant, planId, "edition = :edition", "edition", edition);
    }

    /** The edition in force on the date: the latest one decided on or before it. */
    public Optional<EditionMarker> inForceOn(TenantId tenant, PlanId planId, LocalDate date) {
        return markers(tenant, planId, "decision_date <= :date ORDER BY decision_date DESC, edition DESC", "date", date);
    }

    /** The latest edition adopted at or before the instant. */
    public Optional<EditionMarker> adoptedBy(TenantId tenant, PlanId planId, Instant instant) {
        return markers(tenant, planId, "adopted_at <= :at ORDER BY sequence DESC", "at", instant.atOffset(ZoneOffset.UTC));
    }

    /** The first edition meeting the condition, which may end with its own ORDER BY. */
    private Optional<EditionMarker> markers(TenantId tenant, PlanId planId, String condition, String param, Object value) {
        return jdbc.sql("SELECT " + MARKER_COLUMNS + " FROM plan_edition WHERE tenant = :tenant AND plan_id = :planId AND "
                        + condition + " LIMIT 1")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .param(param, value)
                .query((rs, rowNum) -> new EditionMarker(rs.getInt("edition"), rs.getObject("decision_date", LocalDate.class),
                        rs.getString("decision_reference"), rs.getObject("adopted_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("sequence")))
                .optional();
    }

    private void insert(String tenant, String planId, int edition, Integer revisionNumber, String description,
                        LocalDate decisionDate, String decisionReference, EventEnvelope envelope,
                        List<ElementRef> added, List<ElementRef> replaced, List<ElementRef> retired) {
        jdbc.sql("""
                        INSERT INTO plan_edition (tenant, plan_id, edition, revision_number, description, decision_date,
                                                  decision_reference, adopted_at, adopted_by, sequence, added, replaced, retired)
                        VALUES (:tenant, :planId, :edition, :revisionNumber, :description, :decisionDate,
                                :decisionReference, :at, :by, :sequence, CAST(:added AS jsonb), CAST(:replaced AS jsonb),
                                CAST(:retired AS jsonb))""")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("edition", edition)
                .param("revisionNumber", revisionNumber)
                .param("description", description)
                .param("decisionDate", decisionDate)
                .param("decisionReference", decisionReference)
                .param("at", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("by", envelope.actor())
                .param("sequence", envelope.sequenceNumber())
                .param("added", toJson(added))
                .param("replaced", toJson(replaced))
                .param("retired", toJson(retired))
                .update();
    }

    /** The named elements with their level and title now, in the order named; one the plan lacks keeps only its id. */
    private List<ElementRef> refs(String tenant, String planId, List<ElementId> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<String, ElementRef> known = new HashMap<>();
        jdbc.sql("SELECT element_id, level, title FROM element_version"
                        + " WHERE tenant = :tenant AND plan_id = :planId AND element_id = ANY (:ids) AND ended_sequence IS NULL")
                .param("tenant", tenant)
                .param("planId", planId)
                .param("ids", ids.stream().map(ElementId::value).toArray(String[]::new))
                .query(EditionLog::ref)
                .list()
                .forEach(ref -> known.put(ref.elementId(), ref));
        return ids.stream().map(id -> known.getOrDefault(id.value(), new ElementRef(id.value(), null, null))).toList();
    }

    private static ElementRef ref(ResultSet rs, int rowNum) throws SQLException {
        return new ElementRef(rs.getString("element_id"), Level.valueOf(rs.getString("level")),
                rs.getString("title"));
    }

    private EditionView view(ResultSet rs, int rowNum) throws SQLException {
        return new EditionView(rs.getInt("edition"), rs.getObject("revision_number", Integer.class), rs.getString("description"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("decision_reference"),
                rs.getObject("adopted_at", OffsetDateTime.class).toInstant(), rs.getString("adopted_by"),
                fromJson(rs.getString("added")), fromJson(rs.getString("replaced")), fromJson(rs.getString("retired")));
    }

    private String toJson(List<ElementRef> refs) {
        try {
            return json.writeValueAsString(refs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write element names as JSON", e);
        }
    }

    private List<ElementRef> fromJson(String text) {
        try {
            return json.readValue(text, REFS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable element names in plan_edition: " + text, e);
        }
    }
}
