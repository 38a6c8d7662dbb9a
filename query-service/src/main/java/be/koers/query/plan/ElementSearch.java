package be.koers.query.plan;

import be.koers.planning.api.plan.FindElements;
import be.koers.planning.api.plan.Tags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Answers {@link FindElements}: one page of the plan's elements in the view asked for (null: the default one)
 * matching every given criterion, planned or not as asked (null: both), in definition order.
 */
@Component
class ElementSearch {

    private final PlanRows plans;
    private final ElementRows elements;
    private final ElementTags tags;

    ElementSearch(PlanRows plans, ElementRows elements, ElementTags tags) {
        this.plans = plans;
        this.elements = elements;
        this.tags = tags;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ElementPage answer(FindElements question, Boolean planned, AdoptedOrDraft view, Paging paging) {
        PlanRow plan = plans.require(question.tenant(), question.planId());
        ElementTables tables = ElementTables.of(plan, PlanTreeQueries.resolve(plan, view));
        ElementCriteria criteria = ElementCriteria.of(question, planned, tables);
        List<ElementRow> rows = elements.find(criteria, paging);
        Map<String, Tags> tagsOfRows = tags.ofElements(question.tenant().value(), question.planId().value(),
                rows.stream().map(ElementRow::elementId).toList(), tables);
        List<ElementNode> page = rows.stream()
                .map(row -> ElementNode.of(row, tagsOfRows.getOrDefault(row.elementId(), Tags.NONE), null))
                .toList();
        return new ElementPage(elements.count(criteria), paging.page(), paging.size(), page);
    }
}
