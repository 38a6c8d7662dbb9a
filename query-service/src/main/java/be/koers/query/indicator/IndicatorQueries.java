package be.koers.query.indicator;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.PlanRows;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Answers questions about indicators. Statuses are judged when asked, from the stored scores and targets, so a
 * retarget changes the verdict on every period at once. Each answer reads in one repeatable-read transaction.
 */
@Component
public class IndicatorQueries {

    private final IndicatorRows indicators;
    private final PlanRows plans;

    IndicatorQueries(IndicatorRows indicators, PlanRows plans) {
        this.indicators = indicators;
        this.plans = plans;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IndicatorView detail(TenantId tenant, IndicatorId indicatorId) {
        IndicatorWithTargets indicator = require(tenant, indicatorId);
        return IndicatorView.of(indicator, indicators.scores(tenant, indicatorId), indicators.history(tenant, indicatorId));
    }

    /** Every indicator of the plan, retired ones included, each with the status of its latest scored period. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IndicatorSummary> ofPlan(TenantId tenant, PlanId planId) {
        plans.require(tenant, planId);
        List<IndicatorWithTargets> all = indicators.ofPlan(tenant, planId, false);
        Map<String, Score> latest = indicators.latestScores(tenant, all);
        return all.stream().map(indicator -> IndicatorSummary.of(indicator, latest.get(indicator.row().indicatorId()))).toList();
    }

    /** The plan's active indicators with the status of their latest scored period; retired ones are left out. */
    @Transactional(readOnly = true)
    public List<IndicatorStanding> activeStandings(TenantId tenant, PlanId planId) {
        List<IndicatorWithTargets> active = indicators.ofPlan(tenant, planId, true);
        Map<String, Score> latest = indicators.latestScores(tenant, active);
        return active.stream()
                .map(indicator -> new IndicatorStanding(indicator.row().indicatorId(), indicator.row().name(),
                        indicator.linkedElements(), indicator.judgeLatest(latest.get(indicator.row().indicatorId()))))
                .toList();
    }

    /** The plan the tenant's indicator belongs to. */
    @Transactional(readOnly = true)
    public PlanId planOf(TenantId tenant, IndicatorId indicatorId) {
        return PlanId.of(require(tenant, indicatorId).row().planId());
    }

    private IndicatorWithTargets require(TenantId tenant, IndicatorId indicatorId) {
        return indicators.find(tenant, indicatorId).orElseThrow(() -> QueryRefusal.unknownIndicator(indicatorId));
    }
}
