package be.koers.query.indicator;

import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Indicators with their targets, links and continuation, the current score of each period, and every score ever
 * recorded.
 */
@Component
@OwnsTables({"indicator", "indicator_target", "indicator_link", "indicator_score", "indicator_score_history"})
class IndicatorProjection extends TableProjection {

    private static final Logger log = LoggerFactory.getLogger(IndicatorProjection.class);

    private final JdbcClient jdbc;

    IndicatorProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        on(IndicatorDefined.class, this::defined);
        on(IndicatorRevised.class, this::revised);
        on(IndicatorRetargeted.class, this::retargeted);
        on(IndicatorRetired.class, this::retired);
        on(ScoreRecorded.class, this::scoreRecorded);
        on(ScoreCorrected.class, this::scoreCorrected);
        on(IndicatorContinuationDeclared.class, this::continuationDeclared);
        ignores(TenantEvent.class, LegislatureEvent.class, PlanEvent.class);
    }

    private void defined(IndicatorDefined event, EventEnvelope envelope) {
        jdbc.sql("""
                        INSERT INTO indicator (tenant, indicator_id, plan_id, name, unit, kind, direction, frequency,
                                               baseline_value, baseline_date, data_source, owner_department,
                                               first_year, last_year, status, defined_at, changed_at, changed_by)
                        VALUES (:tenant, :indicatorId, :planId, :name, :unit, :kind, :direction, :frequency,
                                :baselineValue, :baselineDate, :dataSource, :ownerDepartment,
                                :firstYear, :lastYear, :status, :at, :at, :by)""")
                .param("tenant", event.tenant().value())
                .param("indicatorId", event.indicatorId().value())
                .param("planId", event.planId().value())
                .param("name", event.name())
                .param("unit", event.unit())
                .param("kind", event.kind().name())
                .param("direction", event.direction().name())
                .param("frequency", event.frequency().name())
                .param("baselineValue", baselineValue(event.baseline()))
                .param("baselineDate", event.baseline() == null ? null : event.baseline().date())
                .param("dataSource", event.dataSource())
                .param("ownerDepartment", event.ownerDepartment())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .param("status", IndicatorStatus.ACTIVE.name())
                .param("at", at(envelope))
                .param("by", envelope.actor())
                .update();
        addTargets(event, event.targets());
        List<ElementId> linked = event.linkedElements() == null ? List.of() : event.linkedElements();
        for (int position = 0; position < linked.size(); position++) {
            jdbc.sql("""
                            INSERT INTO indicator_link (tenant, indicator_id, plan_id, element_id, position)
                            VALUES (:tenant, :indicatorId, :planId, :elementId, :position)""")
                    .param("tenant", event.tenant().value())
                    .param("indicatorId", event.indicatorId().value())
                    .param("planId", event.planId().value())
                    .param("elementId", linked.get(position).value())
                    .param("position", position)
                    .update();
        }
    }

    private void revised(IndicatorRevised event, EventEnvelope envelope) {
        update(event, envelope, event.reason(),
                "name = :name, unit = :unit, data_source = :dataSource, owner_department = :ownerDepartment",
                spec -> spec.param("name", event.name())
                        .param("unit", event.unit())
                        .param("dataSource", event.dataSource())
                        .param("ownerDepartment", event.ownerDepartment()));
    }

    /** The new targets replace all earlier ones. */
    private void retargeted(IndicatorRetargeted event, EventEnvelope envelope) {
        if (update(event, envelope, event.reason(), "baseline_value = :baselineValue, baseline_date = :baselineDate",
                spec -> spec.param("baselineValue", baselineValue(event.baseline()))
                        .param("baselineDate", event.baseline() == null ? null : event.baseline().date()))) {
            jdbc.sql("DELETE FROM indicator_target WHERE tenant = :tenant AND indicator_id = :indicatorId")
                    .param("tenant", event.tenant().value())
                    .param("indicatorId", event.indicatorId().value())
                    .update();
            addTargets(event, event.targets());
        }
    }

    private void retired(IndicatorRetired event, EventEnvelope envelope) {
        update(event, envelope, event.reason(), "status = :status, retired_reason = :reason",
                spec -> spec.param("status", IndicatorStatus.RETIRED.name()).param("reason", event.reason()));
    }

    /** Declaring again replaces; the event carries no reason of its own, the request's may say why. */
    private void continuationDeclared(IndicatorContinuationDeclared event, EventEnvelope envelope) {
        update(event, envelope, envelope.reason(),
                "continues_indicator_id = :previousIndicatorId, continues_plan_id = :previousPlanId",
                spec -> spec.param("previousIndicatorId", event.previousIndicatorId().value())
                        .param("previousPlanId", event.previousPlanId().value()));
    }

    private void scoreRecorded(ScoreRecorded event, EventEnvelope envelope) {
        Score score = new Score(event.period(), event.value(), 1, event.comment(), event.evidenceLink(),
                envelope.timestamp(), envelope.actor());
        record(event, score, null, envelope.reason());
    }

    private void scoreCorrected(ScoreCorrected event, EventEnvelope envelope) {
        Score score = new Score(event.period(), event.value(), event.revision(), event.comment(), event.evidenceLink(),
                envelope.timestamp(), envelope.actor());
        record(event, score, event.previousValue(), event.reason());
    }

    /**
     * Makes the score the current one of its period, unless a later revision already is, and adds it to the
     * period's history, where the values it supersedes stay.
     */
    private void record(IndicatorEvent event, Score score, BigDecimal previousValue, String reason) {
        PeriodColumns.bind(jdbc.sql("""
                                INSERT INTO indicator_score (tenant, indicator_id, period, period_end, period_months, value,
                                                             revision, comment, evidence_link, recorded_at, recorded_by)
                                VALUES (:tenant, :indicatorId, :period, :periodEnd, :periodMonths, :value,
                                        :revision, :comment, :evidenceLink, :at, :by)
                                ON CONFLICT (tenant, indicator_id, period) DO UPDATE
                                SET value = EXCLUDED.value, revision = EXCLUDED.revision, comment = EXCLUDED.comment,
                                    evidence_link = EXCLUDED.evidence_link, recorded_at = EXCLUDED.recorded_at,
                                    recorded_by = EXCLUDED.recorded_by
                                WHERE indicator_score.revision < EXCLUDED.revision"""), score.period())
                .params(scoreParams(event, score))
                .update();
        PeriodColumns.bind(jdbc.sql("""
                                INSERT INTO indicator_score_history (tenant, indicator_id, period, revision, period_end,
                                                                     period_months, value, previous_value, comment,
                                                                     evidence_link, reason, recorded_at, recorded_by)
                                VALUES (:tenant, :indicatorId, :period, :revision, :periodEnd, :periodMonths, :value,
                                        :previousValue, :comment, :evidenceLink, :reason, :at, :by)"""), score.period())
                .params(scoreParams(event, score))
                .param("previousValue", previousValue)
                .param("reason", reason)
                .update();
    }

    private static Map<String, Object> scoreParams(IndicatorEvent event, Score score) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", event.tenant().value());
        params.put("indicatorId", event.indicatorId().value());
        params.put("value", score.value());
        params.put("revision", score.revision());
        params.put("comment", score.comment());
        params.put("evidenceLink", score.evidenceLink());
        params.put("at", score.recordedAt().atOffset(ZoneOffset.UTC));
        params.put("by", score.recordedBy());
        return params;
    }

    private void addTargets(IndicatorEvent event, List<Target> targets) {
        for (Target target : targets == null ? List.<Target>of() : targets) {
            PeriodColumns.bind(jdbc.sql("""
                                    INSERT INTO indicator_target (tenant, indicator_id, period, period_end, period_months,
                                                                  value, lower_bound, upper_bound)
                                    VALUES (:tenant, :indicatorId, :period, :periodEnd, :periodMonths,
                                            :value, :lower, :upper)"""), target.period())
                    .param("tenant", event.tenant().value())
                    .param("indicatorId", event.indicatorId().value())
                    .param("value", target.value())
                    .param("lower", target.lower())
                    .param("upper", target.upper())
                    .update();
        }
    }

    /** Changes the indicator and records when, by whom and why; an indicator never defined is logged, not invented. */
    private boolean update(IndicatorEvent event, EventEnvelope envelope, String reason, String assignments,
                           UnaryOperator<JdbcClient.StatementSpec> params) {
        JdbcClient.StatementSpec spec = jdbc.sql("UPDATE indicator SET changed_at = :at, changed_by = :by, "
                        + "change_reason = :changeReason, " + assignments
                        + " WHERE tenant = :tenant AND indicator_id = :indicatorId")
                .param("tenant", event.tenant().value())
                .param("indicatorId", event.indicatorId().value())
                .param("at", at(envelope))
                .param("by", envelope.actor())
                .param("changeReason", reason);
        if (params.apply(spec).update() == 0) {
            log.warn("{} {} names indicator {} which was never defined; ignored", envelope.type(), envelope.eventId(),
                    event.indicatorId());
            return false;
        }
        return true;
    }

    private static BigDecimal baselineValue(Baseline baseline) {
        return baseline == null ? null : baseline.value();
    }

    private static OffsetDateTime at(EventEnvelope envelope) {
        return envelope.timestamp().atOffset(ZoneOffset.UTC);
    }
}
