package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.StatementChange;
import be.koers.query.plan.Statements;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/** The versions of a plan's statements ({@code statement_version}), folded forward like {@link ElementVersions}. */
@Component
class StatementVersions {

    static final String TABLE = "statement_version";
    private static final String BEGIN = "INSERT INTO statement_version (tenant, plan_id, sequence, valid_from, event_type,"
            + " mission, vision, core_values) ";
    private static final String END_CURRENT = "UPDATE statement_version SET ended_sequence = :sequence, valid_to = :at"
            + " WHERE tenant = :tenant AND plan_id = :planId AND ended_sequence IS NULL AND sequence < :sequence";
    private static final String VALID_AT_OPENING = "o.tenant = :tenant AND o.plan_id = :planId AND o.sequence <= :opened"
            + " AND (o.ended_sequence IS NULL OR o.ended_sequence > :opened)";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StatementVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A drafted plan's first version: no statements yet. */
    void drafted(PlanEvent event, EventEnvelope envelope) {
        VersionParams.bind(jdbc.sql(BEGIN + "VALUES (:tenant, :planId, :sequence, :at, :type, NULL, NULL, NULL)"), event, envelope)
                .update();
    }

    /** The current version with what the event sets; nothing for a plan the history does not have. */
    void record(PlanEvent event, StatementChange change, EventEnvelope envelope) {
        VersionParams.bind(jdbc.sql(BEGIN + """
                        SELECT s.tenant, s.plan_id, :sequence, :at, :type, s.mission, s.vision, s.core_values
                        FROM statement_version v, jsonb_populate_record(v, CAST(:change AS jsonb)) s
                        WHERE v.tenant = :tenant AND v.plan_id = :planId AND v.ended_sequence IS NULL"""), event, envelope)
                .param("change", VersionParams.json(json, change.columns()))
                .update();
        VersionParams.bind(jdbc.sql(END_CURRENT), event, envelope).update();
    }

    /** A discard: the statements as they were when the revision opened, in a new version where they differ. */
    void restore(PlanEvent event, long openedSequence, EventEnvelope envelope) {
        int changed = VersionParams.bind(jdbc.sql(BEGIN + """
                        SELECT o.tenant, o.plan_id, :sequence, :at, :type, o.mission, o.vision, o.core_values
                        FROM statement_version o
                        WHERE %s AND NOT EXISTS (SELECT 1 FROM statement_version c WHERE c.tenant = o.tenant
                              AND c.plan_id = o.plan_id AND c.ended_sequence IS NULL
                              AND (c.mission, c.vision, c.core_values) IS NOT DISTINCT FROM (o.mission, o.vision, o.core_values))"""
                        .formatted(VALID_AT_OPENING)), event, envelope)
                .param("opened", openedSequence)
                .update();
        if (changed > 0) {
            VersionParams.bind(jdbc.sql(END_CURRENT), event, envelope).update();
        }
    }

    /** The statements at the cut; empty before the plan was drafted. */
    Optional<Statements> at(String tenant, String planId, ValidityCondition cut) {
        return jdbc.sql("SELECT mission, vision, core_values FROM statement_version"
                        + " WHERE tenant = :tenant AND plan_id = :planId AND " + cut.condition())
                .param("tenant", tenant)
                .param("planId", planId)
                .param("cut", cut.value())
                .query(Statements::map)
                .optional();
    }
}
