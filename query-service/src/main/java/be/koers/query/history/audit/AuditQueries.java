package be.koers.query.history.audit;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.ElementLookup;
import be.koers.query.plan.Paging;
import be.koers.query.plan.PlanRows;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Answers questions about a plan's audit trail; another tenant's plan is unknown. */
@Component
class AuditQueries {

    private final PlanRows plans;
    private final AuditLines lines;
    private final ElementLookup elements;

    AuditQueries(PlanRows plans, AuditLines lines, ElementLookup elements) {
        this.plans = plans;
        this.lines = lines;
        this.elements = elements;
    }

    /** Checks the plan before an answer starts, so a refusal is a problem answer rather than a broken download. */
    AuditFilter filter(TenantId tenant, PlanId planId, String elementId, String actor, String type,
                       Instant from, Instant to) {
        plans.require(tenant, planId);
        return AuditFilter.of(tenant, planId, elementId, actor, type, from, to);
    }

    /** Page and total from one snapshot, so the total counts the lines the pages show. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditPage page(AuditFilter filter, Paging paging) {
        return new AuditPage(lines.count(filter), paging.page(), paging.size(), lines.page(filter, paging.offset(), paging.size()));
    }

    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditLineView> each) {
        lines.forEach(filter, each);
    }

    /** An element the plan has, or had: one that only a discarded revision added keeps its lines. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ElementHistory ofElement(TenantId tenant, PlanId planId, ElementId elementId) {
        plans.require(tenant, planId);
        List<AuditLineView> history = lines.ofElement(tenant.value(), planId.value(), elementId.value());
        if (history.isEmpty() && elements.ref(tenant.value(), planId.value(), elementId.value()).isEmpty()) {
            throw QueryRefusal.unknownElement(elementId);
        }
        return new ElementHistory(elementId.value(), history);
    }
}
