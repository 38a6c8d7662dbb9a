package be.koers.query.indicator;

import be.koers.planning.api.indicator.Targets;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads indicators of one tenant: another tenant's indicator is as absent as one never defined. */
@Component
class IndicatorRows {

    private final JdbcClient jdbc;

    IndicatorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IndicatorWithTargets> find(TenantId tenant, IndicatorId indicatorId) {
        List<IndicatorRow> rows = jdbc.sql("SELECT * FROM indicator WHERE tenant = :tenant AND indicator_id = :indicatorId")
                .param("tenant", tenant.value())
                .param("indicatorId", indicatorId.value())
                .query(IndicatorRow::map)
                .list();
        return complete(tenant, rows).stream().findFirst();
    }

    /** The plan's indicators in the order they were defined; retired ones too unless only active ones are asked for. */
    List<IndicatorWithTargets> ofPlan(TenantId tenant, PlanId planId, boolean activeOnly) {
        List<IndicatorRow> rows = jdbc.sql("SELECT * FROM indicator WHERE tenant = :tenant AND plan_id = :planId"
                        + (activeOnly ? " AND status = 'ACTIVE'" : "") + " ORDER BY defined_at, indicator_id")
                .param("tenant", tenant.value())
                .param("planId", planId.value())
                .query(IndicatorRow::map)
                .list();
        return complete(tenant, rows);
    }

    /** The current score of every scored period, in period order. */
    List<Score> scores(TenantId tenant, IndicatorId indicatorId) {
        return jdbc.sql("SELECT * FROM indicator_score WHERE tenant = :tenant AND indicator_id = :indicatorId ORDER BY "
                        + PeriodColumns.ORDER)
                .param("tenant", tenant.value())
                .param("indicatorId", indicatorId.value())
                .query(Score::map)
                .list();
    }

    /** Every value recorded, in period order and within a period by revision. */
    List<ScoreRevision> history(TenantId tenant, IndicatorId indicatorId) {
        return jdbc.sql("SELECT * FROM indicator_score_history WHERE tenant = :tenant AND indicator_id = :indicatorId"
                        + " ORDER BY " + PeriodColumns.ORDER + ", revision")
                .param("tenant", tenant.value())
                .param("indicatorId", indicatorId.value())
                .query(ScoreRevision::map)
                .list();
    }

    /** The current score of the latest scored period of each of the indicators, by indicator id. */
    Map<String, Score> latestScores(TenantId tenant, List<IndicatorWithTargets> indicators) {
        Map<String, Score> latest = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (indicator_id) * FROM indicator_score"
                        + " WHERE tenant = :tenant AND indicator_id = ANY (:indicatorIds)"
                        + " ORDER BY indicator_id, " + PeriodColumns.LATEST_FIRST)
                .param("tenant", tenant.value())
                .param("indicatorIds", idsOf(indicators))
                .query(rs -> {
                    latest.put(rs.getString("indicator_id"), Score.map(rs, 0));
                });
        return latest;
    }

    private List<IndicatorWithTargets> complete(TenantId tenant, List<IndicatorRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(IndicatorRow::indicatorId).toArray(String[]::new);
        Map<String, List<Target>> targets = new HashMap<>();
        jdbc.sql("SELECT * FROM indicator_target WHERE tenant = :tenant AND indicator_id = ANY (:indicatorIds)"
                        + " ORDER BY indicator_id, " + PeriodColumns.ORDER)
                .param("tenant", tenant.value())
                .param("indicatorIds", ids)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>()).add(new Target(
                            MeasurementPeriod.parse(rs.getString("period")), rs.getBigDecimal("value"),
                            rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound")));
                });
        Map<String, List<String>> links = new HashMap<>();
        jdbc.sql("SELECT indicator_id, element_id FROM indicator_link WHERE tenant = :tenant AND indicator_id = ANY (:indicatorIds)"
                        + " ORDER BY indicator_id, position")
                .param("tenant", tenant.value())
                .param("indicatorIds", ids)
                .query(rs -> {
                    links.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>()).add(rs.getString("element_id"));
                });
        return rows.stream()
                .map(row -> new IndicatorWithTargets(row, new Targets(targets.getOrDefault(row.indicatorId(), List.of())),
                        List.copyOf(links.getOrDefault(row.indicatorId(), List.of()))))
                .toList();
    }

    private static String[] idsOf(List<IndicatorWithTargets> indicators) {
        return indicators.stream().map(indicator -> indicator.row().indicatorId()).toArray(String[]::new);
    }
}
