package be.koers.query.budget;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.FindElementWithChildren;
import be.koers.planning.api.plan.FindPlanTree;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.PlanTreeQueries;
import be.koers.query.plan.PlanView;
import be.koers.query.plan.AdoptedOrDraft;
import be.koers.query.problem.QueryRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Answers budget questions. The roll-up is summed when asked, from the tree as it is now: moving or retiring an
 * element moves its budget with it at once, and a retired element's budget no longer counts.
 */
@Component
class BudgetQueries {

    private final PlanTreeQueries trees;
    private final BudgetRows rows;

    BudgetQueries(PlanTreeQueries trees, BudgetRows rows) {
        this.trees = trees;
        this.rows = rows;
    }

    /**
     * The tree of active elements with their budgets per year; only {@code year} when given. The tree is the view
     * asked for, by default the adopted one: budgets are not part of revisions, but what they roll up to is. Both
     * views hold unplanned work, so what it cost counts too.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanBudgetView ofPlan(TenantId tenant, PlanId planId, Integer year, AdoptedOrDraft view) {
        PlanView plan = trees.answer(new FindPlanTree(tenant, planId), view, false);
        if (year != null && (year < plan.firstYear() || year > plan.lastYear())) {
            throw QueryRefusal.outOfRange("year", year, plan.firstYear(), plan.lastYear());
        }
        List<Integer> years = year != null ? List.of(year)
                : IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
        Map<String, Map<Integer, BudgetLine>> lines = rows.ofPlan(tenant, planId);
        List<ElementBudgetNode> elements = plan.elements().stream().map(element -> node(element, years, lines)).toList();
        List<YearTotal> totals = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            totals.add(new YearTotal(years.get(i), sumOfRolledUp(EstimateAndActual.ZERO, elements, i)));
        }
        return new PlanBudgetView(plan.planId(), plan.firstYear(), plan.lastYear(), years, totals, elements);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ElementBudgetView ofElement(TenantId tenant, PlanId planId, ElementId elementId) {
        // any element the plan has, also one an open revision added: budgets are not part of revisions
        ElementNode element = trees.answer(new FindElementWithChildren(tenant, planId, elementId), AdoptedOrDraft.DRAFT).element();
        return new ElementBudgetView(element.elementId(), element.level(), element.title(), element.status(),
                rows.ofElement(tenant, planId, elementId), rows.historyOf(tenant, planId, elementId));
    }

    private static ElementBudgetNode node(ElementNode element, List<Integer> years, Map<String, Map<Integer, BudgetLine>> lines) {
        List<ElementBudgetNode> children = element.children().stream().map(child -> node(child, years, lines)).toList();
        Map<Integer, BudgetLine> own = lines.getOrDefault(element.elementId(), Map.of());
        List<YearBudget> budgets = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            EstimateAndActual ownYear = EstimateAndActual.of(own.get(years.get(i)));
            budgets.add(new YearBudget(years.get(i), ownYear, sumOfRolledUp(EstimateAndActual.ZERO.plus(ownYear), children, i)));
        }
        return new ElementBudgetNode(element.elementId(), element.level(), element.title(), element.planned(), budgets,
                children);
    }

    /** {@code start} plus the rolled-up budget of each element in its {@code yearIndex}-th year. */
    private static EstimateAndActual sumOfRolledUp(EstimateAndActual start, List<ElementBudgetNode> elements, int yearIndex) {
        EstimateAndActual sum = start;
        for (ElementBudgetNode element : elements) {
            sum = sum.plus(element.years().get(yearIndex).rolledUp());
        }
        return sum;
    }
}
