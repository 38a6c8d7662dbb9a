package be.koers.query.history;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.PlanRows;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** What changed in a plan between two moments, each an edition or an instant, in any mix. */
@Component
class DiffQueries {

    private final PlanRows plans;
    private final HistoryReader history;

    DiffQueries(PlanRows plans, HistoryReader history) {
        this.plans = plans;
        this.history = history;
    }

    /**
     * Both ends read in one snapshot; either end may be the later one (the diff then shows the way back). A diff
     * compares plan content: unplanned work is left out at both ends, also at an instant, so that an instant and an
     * edition compare like two editions rather than report work done as removed.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanDiff diff(TenantId tenant, PlanId planId, End from, End to) {
        plans.require(tenant, planId);
        PointInHistory start = from.resolve(tenant, planId, history);
        PointInHistory end = to.resolve(tenant, planId, history);
        return DiffCalculation.between(planId.value(),
                history.read(tenant, planId, start, from.instantField()).planContent(),
                history.read(tenant, planId, end, to.instantField()).planContent());
    }

    /** One end of a diff as asked: an edition ({@code fromEdition}) or an instant ({@code from}), exactly one of them. */
    record End(String instantField, Integer edition, Instant instant) {

        End {
            String editionField = instantField + "Edition";
            if (edition == null && instant == null) {
                throw QueryRefusal.oneOfRequired(instantField, editionField);
            }
            if (edition != null && instant != null) {
                throw QueryRefusal.mutuallyExclusive(editionField, instantField);
            }
        }

        PointInHistory resolve(TenantId tenant, PlanId planId, HistoryReader history) {
            return edition != null ? history.edition(tenant, planId, edition, instantField + "Edition")
                    : history.instant(tenant, planId, instant);
        }
    }
}
