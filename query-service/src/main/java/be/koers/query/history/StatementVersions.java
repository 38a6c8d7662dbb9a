package be.koers.query.history;

import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.query.plan.Statements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The versions of a plan's statements ({@code statement_version}), kept like {@link ElementVersions}. */
@Component
class StatementVersions {

    static final String TABLE = "statement_version";
    private static final String INSERT = """
            INSERT INTO statement_version (tenant, plan_id, sequence, valid_from, event_type, mission, vision, core_values)
            SELECT p.tenant, p.plan_id, :sequence, :at, :type, p.mission, p.vision, p.core_values FROM plan p
            WHERE p.tenant = :tenant AND p.plan_id = :planId""";
    private static final String END_CURRENT = "UPDATE statement_version SET ended_sequence = :sequence, valid_to = :at"
            + " WHERE tenant = :tenant AND plan_id = :planId AND ended_sequence IS NULL AND sequence < :sequence";

    private final JdbcClient jdbc;

    StatementVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(PlanEvent event, EventEnvelope envelope) {
        VersionParams.bind(jdbc.sql(END_CURRENT), event, envelope).update();
        VersionParams.bind(jdbc.sql(INSERT), event, envelope).update();
    }

    /** After a discard restored the statements: a new version when they differ from the current one. */
    void restore(PlanEvent event, EventEnvelope envelope) {
        int changed = VersionParams.bind(jdbc.sql(INSERT + " AND NOT EXISTS (SELECT 1 FROM statement_version v"
                + " WHERE v.tenant = p.tenant AND v.plan_id = p.plan_id AND v.ended_sequence IS NULL"
                + " AND (v.mission, v.vision, v.core_values) IS NOT DISTINCT FROM (p.mission, p.vision, p.core_values))"),
                event, envelope).update();
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
