package be.koers.reporting.indicator;

import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** Indicators with their targets and the current score of each period (a correction replaces the value). */
@Component
@OwnsTables({"report_indicator", "indicator_score"})
class IndicatorProjection extends TableProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IndicatorProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        on(IndicatorDefined.class, (e, envelope) -> defined(e));
        on(IndicatorRevised.class, (e, envelope) -> update(e, "name = :name, unit = :unit")
                    .param("name", e.name()).param("unit", e.unit()).update());
        on(IndicatorRetargeted.class, (e, envelope) -> retargeted(e));
        on(IndicatorRetired.class, (e, envelope) -> update(e, "retired = true").update());
        on(IndicatorContinuationDeclared.class, (e, envelope) -> update(e,
                    "previous_indicator_id = :previousIndicatorId, previous_plan_id = :previousPlanId")
                    .param("previousIndicatorId", e.previousIndicatorId().value())
                    .param("previousPlanId", e.previousPlanId().value())
                    .update());
        on(ScoreRecorded.class, (e, envelope) -> score(e, e.period(), e.value()));
        on(ScoreCorrected.class, (e, envelope) -> score(e, e.period(), e.value()));
        ignores(TenantEvent.class, LegislatureEvent.class, PlanEvent.class);
    }

    private void defined(IndicatorDefined e) {
        jdbc.sql("""
                        INSERT INTO report_indicator (indicator_id, tenant, plan_id, name, unit, kind, direction, linked_elements)
                        VALUES (:id, :tenant, :planId, :name, :unit, :kind, :direction, :linked)
                        ON CONFLICT (indicator_id) DO NOTHING""")
                .param("id", e.indicatorId().value())
                .param("tenant", e.tenant().value())
                .param("planId", e.planId().value())
                .param("name", e.name())
                .param("unit", e.unit())
                .param("kind", e.kind().name())
                .param("direction", e.direction().name())
                .param("linked", e.linkedElements().stream().map(ElementId::value).toArray(String[]::new))
                .update();
        setTargets(e, e.baseline(), e.targets());
    }

    private void retargeted(IndicatorRetargeted e) {
        setTargets(e, e.baseline(), e.targets());
    }

    private void setTargets(IndicatorEvent e, Baseline baseline, List<Target> targets) {
        update(e, "baseline_value = :baselineValue, baseline_date = :baselineDate, targets = CAST(:targets AS jsonb)")
                .param("baselineValue", baseline == null ? null : baseline.value())
                .param("baselineDate", baseline == null ? null : baseline.date())
                .param("targets", asJson(targets))
                .update();
    }

    private void score(IndicatorEvent e, MeasurementPeriod period, BigDecimal value) {
        jdbc.sql("""
                        INSERT INTO indicator_score (indicator_id, period, period_end, value)
                        VALUES (:id, :period, :periodEnd, :value)
                        ON CONFLICT (indicator_id, period) DO UPDATE SET value = EXCLUDED.value""")
                .param("id", e.indicatorId().value())
                .param("period", period.toString())
                .param("periodEnd", period.lastDay())
                .param("value", value)
                .update();
    }

    private JdbcClient.StatementSpec update(IndicatorEvent e, String assignments) {
        return jdbc.sql("UPDATE report_indicator SET " + assignments + " WHERE indicator_id = :id")
                .param("id", e.indicatorId().value());
    }

    private String asJson(List<Target> targets) {
        try {
            return json.writeValueAsString(targets == null ? List.of() : targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Targets cannot be written as JSON", e);
        }
    }
}
