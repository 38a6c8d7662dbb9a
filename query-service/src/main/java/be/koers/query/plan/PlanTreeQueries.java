package be.koers.query.plan;

import be.koers.planning.api.plan.FindElementWithChildren;
import be.koers.planning.api.plan.FindPlanTree;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions about a plan's tree, in the view asked for (null: {@link AdoptedOrDraft#defaultFor}). Each answer reads
 * plan, elements and tags in one repeatable-read transaction, so the version it reports is the version of the
 * elements it shows. Other read models (status, budget) build on these answers; called inside their own
 * transaction, they read the same snapshot.
 */
@Component
public class PlanTreeQueries {

    private final PlanRows plans;
    private final ElementRows elements;
    private final ElementTags tags;

    PlanTreeQueries(PlanRows plans, ElementRows elements, ElementTags tags) {
        this.plans = plans;
        this.elements = elements;
        this.tags = tags;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanView answer(FindPlanTree question, AdoptedOrDraft view, boolean includeRetired) {
        PlanRow plan = plans.require(question.tenant(), question.planId());
        AdoptedOrDraft shown = resolve(plan, view);
        ElementTables tables = ElementTables.of(plan, shown);
        return PlanView.of(plan, shown, plans.statements(plan, question.tenant(), tables),
                treeOf(question.tenant(), question.planId(), tables).nested(includeRetired));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ElementWithFamily answer(FindElementWithChildren question, AdoptedOrDraft view) {
        PlanRow plan = plans.require(question.tenant(), question.planId());
        PlanTree tree = treeOf(question.tenant(), question.planId(), ElementTables.of(plan, resolve(plan, view)));
        ElementRow element = tree.find(question.elementId())
                .orElseThrow(() -> QueryRefusal.unknownElement(question.elementId()));
        return new ElementWithFamily(tree.flat(element), tree.ancestorsOf(element), tree.childrenOf(element));
    }

    /** The view asked for, or the default one; {@code adopted} exists only once the plan has been adopted. */
    static AdoptedOrDraft resolve(PlanRow plan, AdoptedOrDraft asked) {
        if (asked == AdoptedOrDraft.ADOPTED && plan.edition() == null) {
            throw QueryRefusal.noAdoptedEdition(PlanId.of(plan.planId()));
        }
        return asked == null ? AdoptedOrDraft.defaultFor(plan) : asked;
    }

    private PlanTree treeOf(TenantId tenant, PlanId planId, ElementTables tables) {
        return new PlanTree(elements.ofPlan(tenant, planId, tables), tags.ofPlan(tenant.value(), planId.value(), tables));
    }
}
