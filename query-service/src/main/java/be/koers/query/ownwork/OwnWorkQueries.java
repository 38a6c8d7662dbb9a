package be.koers.query.ownwork;

import be.koers.planning.api.plan.FindPlanTree;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.FindTenant;
import be.koers.query.indicator.IndicatorQueries;
import be.koers.query.indicator.IndicatorStatus;
import be.koers.query.indicator.IndicatorSummary;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.PlanTreeQueries;
import be.koers.query.plan.AdoptedOrDraft;
import be.koers.query.tenant.TenantQueries;
import be.koers.query.tenant.TenantView;
import be.koers.support.security.KoersUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers "what is mine": the caller's departments are the administration's departments that the department values
 * of their token name, by the administration's rule ({@link Department#claimedBy}); theirs are the items and
 * indicators of the plan whose owner department one of those departments is ({@link Department#owns}) — the same
 * two rules by which the command side lets a scorer record. Composed from the answers of the tenant, plan and
 * indicator read models, in one snapshot.
 * <p>
 * The plan is its working state (the draft view, retired elements left out) and the indicators the active ones,
 * because that is what a score, progress report or unplanned work is recorded against.
 */
@Component
class OwnWorkQueries {

    private final TenantQueries tenants;
    private final PlanTreeQueries trees;
    private final IndicatorQueries indicators;

    OwnWorkQueries(TenantQueries tenants, PlanTreeQueries trees, IndicatorQueries indicators) {
        this.tenants = tenants;
        this.trees = trees;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public OwnWorkView answer(KoersUser user, PlanId planId) {
        // the plan first: another administration's plan answers 404 whatever the caller's departments
        List<ElementNode> tree = trees.answer(new FindPlanTree(user.tenant(), planId), AdoptedOrDraft.DRAFT, false).elements();
        Optional<TenantView> tenant = tenants.answer(new FindTenant(user.tenant()));
        List<Department> departments = tenant.map(known -> known.departmentsClaimedBy(user.departments())).orElse(List.of());
        List<OwnItem> items = new ArrayList<>();
        collectItems(tree, departments, items);
        List<IndicatorSummary> ownIndicators = departments.isEmpty() ? List.of()
                : indicators.ofPlan(user.tenant(), planId).stream()
                .filter(indicator -> indicator.status() == IndicatorStatus.ACTIVE && ownedByAny(departments, indicator.ownerDepartment()))
                .toList();
        return new OwnWorkView(planId.value(), user.departments(), tenant.map(TenantView::departmentMatch).orElse(null),
                departments, items, ownIndicators);
    }

    /** Depth first, so the items come in the order of the tree. */
    private static void collectItems(List<ElementNode> elements, List<Department> departments, List<OwnItem> items) {
        for (ElementNode element : elements) {
            if (element.level().isItem() && element.owner() != null && ownedByAny(departments, element.owner().department())) {
                items.add(OwnItem.of(element));
            }
            collectItems(element.children(), departments, items);
        }
    }

    private static boolean ownedByAny(List<Department> departments, String ownerDepartment) {
        return departments.stream().anyMatch(department -> department.owns(ownerDepartment));
    }
}
