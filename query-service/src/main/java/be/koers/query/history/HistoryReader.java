package be.koers.query.history;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/** Turns what a reader asks for (an edition, a date, an instant) into a moment, and reads the plan at it. */
@Component
class HistoryReader {

    private final EditionLog editions;
    private final ElementVersions elements;
    private final StatementVersions statements;

    HistoryReader(EditionLog editions, ElementVersions elements, StatementVersions statements) {
        this.editions = editions;
        this.elements = elements;
        this.statements = statements;
    }

    PointInHistory edition(TenantId tenant, PlanId planId, int edition, String field) {
        return PointInHistory.of(editions.find(tenant, planId, edition)
                .orElseThrow(() -> QueryRefusal.unknownEdition(field, planId, edition)));
    }

    /** The edition in force on the date: the latest one whose decision date is on or before it. */
    PointInHistory inForceOn(TenantId tenant, PlanId planId, LocalDate date) {
        return PointInHistory.of(editions.inForceOn(tenant, planId, date)
                .orElseThrow(() -> QueryRefusal.noEditionInForce(planId, date)));
    }

    PointInHistory instant(TenantId tenant, PlanId planId, Instant instant) {
        return PointInHistory.at(instant, editions.adoptedBy(tenant, planId, instant).orElse(null));
    }

    /**
     * The plan at the moment: at an instant everything its tree held, unplanned work included; as an edition (also
     * the one in force on a date) only the plan content the edition held, which never includes unplanned work.
     *
     * @param field the parameter that named the moment, for the refusal when the plan did not exist yet
     */
    HistoricPlan read(TenantId tenant, PlanId planId, PointInHistory moment, String field) {
        HistoricElements tree = elements.at(tenant.value(), planId.value(), moment.cut());
        return new HistoricPlan(moment,
                statements.at(tenant.value(), planId.value(), moment.cut())
                        .orElseThrow(() -> QueryRefusal.beforePlanExisted(field, planId, moment.instant())),
                moment.ofEdition() ? tree.planContent() : tree);
    }
}
