package be.koers.query.history;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.PlanRow;
import be.koers.query.plan.PlanRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a plan said at a moment of its history: at an instant (the working plan), on a date (the edition in force)
 * or as an edition adopted it. Each answer reads in one repeatable-read transaction.
 */
@Component
class HistoryQueries {

    private final PlanRows plans;
    private final HistoryReader history;

    HistoryQueries(PlanRows plans, HistoryReader history) {
        this.plans = plans;
        this.history = history;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanAsOf atInstant(TenantId tenant, PlanId planId, Instant instant, boolean includeRetired) {
        PlanRow plan = plans.require(tenant, planId);
        return tree(plan, history.read(tenant, planId, history.instant(tenant, planId, instant), "instant"), includeRetired);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanAsOf onDate(TenantId tenant, PlanId planId, LocalDate date, boolean includeRetired) {
        PlanRow plan = plans.require(tenant, planId);
        return tree(plan, history.read(tenant, planId, history.inForceOn(tenant, planId, date), "date"), includeRetired);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanAsOf edition(TenantId tenant, PlanId planId, int edition, boolean includeRetired) {
        PlanRow plan = plans.require(tenant, planId);
        return tree(plan, history.read(tenant, planId, history.edition(tenant, planId, edition, "edition"), "edition"),
                includeRetired);
    }

    private static PlanAsOf tree(PlanRow plan, HistoricPlan then, boolean includeRetired) {
        return PlanAsOf.of(plan, then.moment(), then.statements(), then.elements().nested(includeRetired));
    }
}
