package be.koers.query.history;

import be.koers.query.plan.ElementField;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRef;
import be.koers.query.plan.ElementRow;
import be.koers.query.plan.FieldChange;
import be.koers.query.plan.StatementField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Compares two states of a plan element by element, in definition order. */
final class DiffCalculation {

    private final HistoricPlan from;
    private final HistoricPlan to;
    private final Map<String, ElementRow> fromRows;
    private final Map<String, ElementRow> toRows;
    private final List<ElementRef> added = new ArrayList<>();
    private final List<RemovedElement> removed = new ArrayList<>();
    private final List<MovedElement> moved = new ArrayList<>();
    private final List<ChangedElement> changed = new ArrayList<>();

    private DiffCalculation(HistoricPlan from, HistoricPlan to) {
        this.from = from;
        this.to = to;
        this.fromRows = byId(from.elements().rows());
        this.toRows = byId(to.elements().rows());
    }

    static PlanDiff between(String planId, HistoricPlan from, HistoricPlan to) {
        return new DiffCalculation(from, to).diff(planId);
    }

    private PlanDiff diff(String planId) {
        // positions are the defining events' sequence numbers: the same element has the same one at both ends
        Map<Long, String> inDefinitionOrder = new TreeMap<>();
        fromRows.values().forEach(row -> inDefinitionOrder.put(row.position(), row.elementId()));
        toRows.values().forEach(row -> inDefinitionOrder.put(row.position(), row.elementId()));
        inDefinitionOrder.values().forEach(this::compare);
        return new PlanDiff(planId, from.moment(), to.moment(), added, removed, moved, changed,
                StatementField.changes(from.statements(), to.statements()));
    }

    private void compare(String elementId) {
        ElementRow before = active(fromRows.get(elementId));
        ElementRow after = active(toRows.get(elementId));
        if (before == null && after != null) {
            added.add(ElementRef.of(after));
        } else if (before != null && after == null) {
            ElementRow end = toRows.get(elementId);
            removed.add(new RemovedElement(elementId, before.level(), before.title(), end != null,
                    end == null ? null : end.retiredReason()));
        } else if (before != null) {
            if (!Objects.equals(before.parentId(), after.parentId())) {
                moved.add(new MovedElement(elementId, after.level(), after.title(), parent(fromRows, before), parent(toRows, after)));
            }
            ElementNode fromNode = from.elements().flat(before);
            ElementNode toNode = to.elements().flat(after);
            List<FieldChange> fields = ElementField.changes(fromNode, toNode, ElementField.CONTENT);
            if (!fields.isEmpty()) {
                changed.add(new ChangedElement(elementId, after.level(), after.title(), fields));
            }
        }
    }

    private static ElementRef parent(Map<String, ElementRow> rows, ElementRow child) {
        ElementRow parent = child.parentId() == null ? null : rows.get(child.parentId());
        return parent == null ? null : ElementRef.of(parent);
    }

    private static ElementRow active(ElementRow row) {
        return row == null || row.retired() ? null : row;
    }

    private static Map<String, ElementRow> byId(List<ElementRow> rows) {
        Map<String, ElementRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.elementId(), row));
        return byId;
    }
}
