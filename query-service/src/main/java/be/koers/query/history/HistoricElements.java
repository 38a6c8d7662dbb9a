package be.koers.query.history;

import be.koers.planning.api.plan.Tags;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRow;
import be.koers.query.plan.PlanTree;

import java.util.List;
import java.util.Map;

/** A plan's elements as they stood at one point of its history, in definition order, with their tags. */
record HistoricElements(List<ElementRow> rows, Map<String, Tags> tags) {

    /** Without unplanned work: the plan content, which is what an edition holds. */
    HistoricElements planContent() {
        return new HistoricElements(rows.stream().filter(ElementRow::planned).toList(), tags);
    }

    List<ElementNode> nested(boolean includeRetired) {
        return new PlanTree(rows, tags).nested(includeRetired);
    }

    ElementNode flat(ElementRow row) {
        return ElementNode.of(row, tags.getOrDefault(row.elementId(), Tags.NONE), null);
    }
}
