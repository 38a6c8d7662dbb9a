package be.koers.reporting.plan;

import be.koers.reporting.budget.BudgetBook;
import be.koers.reporting.budget.YearBudget;
import be.koers.reporting.indicator.IndicatorFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Everything reports know about one plan, read in one go: its elements (in the order they were defined, each with
 * its inherited classification), budgets and indicators. A plan of Ghent's size is a few thousand rows.
 */
public final class PlanFacts {

    private final PlanSummary plan;
    private final Map<String, Element> elements;
    private final Map<String, List<Element>> children = new LinkedHashMap<>();
    private final BudgetBook budgets;
    private final List<IndicatorFacts> indicators;

    PlanFacts(PlanSummary plan, List<Element> definedOrder, BudgetBook budgets, List<IndicatorFacts> indicators) {
        this.plan = plan;
        this.budgets = budgets;
        this.indicators = List.copyOf(indicators);
        Map<String, Element> byId = new LinkedHashMap<>();
        definedOrder.forEach(e -> byId.put(e.id(), e));
        this.elements = classify(byId);
        this.elements.values().forEach(e -> children.computeIfAbsent(e.parentId(), id -> new ArrayList<>()).add(e));
    }

    public PlanSummary plan() {
        return plan;
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
    }

    public Collection<Element> elements() {
        return elements.values();
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    public List<Element> roots() {
        return activeChildren(null);
    }

    public List<Element> activeChildren(String parentId) {
        return children.getOrDefault(parentId, List.of()).stream().filter(Element::isActive).toList();
    }

    /** The active elements under {@code id}, depth first. */
    public List<Element> activeDescendants(String id) {
        List<Element> found = new ArrayList<>();
        for (Element child : activeChildren(id)) {
            found.add(child);
            found.addAll(activeDescendants(child.id()));
        }
        return found;
    }

    /** Every active element, each followed by the elements under it: the order of a printed plan. */
    public List<Element> activeInTreeOrder() {
        List<Element> ordered = new ArrayList<>();
        for (Element root : roots()) {
            ordered.add(root);
            ordered.addAll(activeDescendants(root.id()));
        }
        return ordered;
    }

    public List<IndicatorFacts> indicators() {
        return indicators;
    }

    /** Active indicators linked to the element or to anything under it. */
    public List<IndicatorFacts> indicatorsOf(String elementId) {
        Set<String> subtree = new HashSet<>(List.of(elementId));
        activeDescendants(elementId).forEach(e -> subtree.add(e.id()));
        return indicators.stream().filter(i -> !i.retired() && i.linkedElements().stream().anyMatch(subtree::contains)).toList();
    }

    public YearBudget ownBudget(String elementId, Collection<Integer> years) {
        return budgets.own(elementId, years);
    }

    /**
     * The element's own budget plus that of every active element under it: the same roll-up as the query-service's,
     * so a retired element's budget no longer counts.
     */
    public YearBudget rolledUpBudget(String elementId, Collection<Integer> years) {
        YearBudget sum = budgets.own(elementId, years);
        for (Element descendant : activeDescendants(elementId)) {
            sum = sum.plus(budgets.own(descendant.id(), years));
        }
        return sum;
    }

    /**
     * The estimated expenditure over the legislature per policy field: each active element's own estimate under
     * each of its (inherited) policy fields, so nothing counts twice within a field; elements without one under
     * {@code unclassified}. Sorted by field.
     */
    public Map<String, BigDecimal> estimatesPerPolicyField(String unclassified) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Element element : activeInTreeOrder()) {
            BigDecimal estimate = ownBudget(element.id(), years()).estimatedExpenditure();
            List<String> fields = element.classification().policyFields();
            for (String field : fields.isEmpty() ? List.of(unclassified) : fields) {
                sums.merge(field, estimate, BigDecimal::add);
            }
        }
        return sums;
    }

    private static Map<String, Element> classify(Map<String, Element> byId) {
        Map<String, Element> classified = new LinkedHashMap<>();
        byId.values().forEach(e -> classifyWithAncestors(e, byId, classified));
        return classified;
    }

    private static Element classifyWithAncestors(Element element, Map<String, Element> byId, Map<String, Element> done) {
        Element known = done.get(element.id());
        if (known != null) {
            return known;
        }
        Element parent = element.parentId() == null ? null : byId.get(element.parentId());
        Classification inherited = parent == null ? Classification.NONE
                : classifyWithAncestors(parent, byId, done).classification();
        Element classified = element.classifiedAs(element.classification().inheritFrom(inherited));
        done.put(element.id(), classified);
        return classified;
    }
}
