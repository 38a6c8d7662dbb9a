package be.koers.query.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All elements of one plan in memory, indexed by id and by parent, so every tree question is answered from two
 * queries however large the plan. Siblings keep the order in which they were defined.
 */
public final class PlanTree {

    private final Map<String, ElementRow> byId = new HashMap<>();
    private final Map<String, List<ElementRow>> childrenByParent = new HashMap<>();
    private final List<ElementRow> roots = new ArrayList<>();
    private final Map<String, Tags> tags;

    public PlanTree(List<ElementRow> rowsInDefinitionOrder, Map<String, Tags> tags) {
        this.tags = tags;
        for (ElementRow row : rowsInDefinitionOrder) {
            byId.put(row.elementId(), row);
            if (row.parentId() == null) {
                roots.add(row);
            } else {
                childrenByParent.computeIfAbsent(row.parentId(), parent -> new ArrayList<>()).add(row);
            }
        }
    }

    /** The whole tree; a retired element is left out with everything under it unless asked for. */
    public List<ElementNode> nested(boolean includeRetired) {
        return nest(roots, includeRetired);
    }

    Optional<ElementRow> find(ElementId elementId) {
        return Optional.ofNullable(byId.get(elementId.value()));
    }

    /** From the root down to the element's parent. */
    List<ElementRef> ancestorsOf(ElementRow element) {
        LinkedList<ElementRef> ancestors = new LinkedList<>();
        Set<String> seen = new HashSet<>();
        // the seen-set guards against a cycle that inconsistent events could leave behind
        for (ElementRow parent = byId.get(element.parentId()); parent != null && seen.add(parent.elementId());
             parent = byId.get(parent.parentId())) {
            ancestors.addFirst(ElementRef.of(parent));
        }
        return ancestors;
    }

    List<ElementNode> childrenOf(ElementRow element) {
        return childRows(element).stream().map(this::flat).toList();
    }

    public ElementNode flat(ElementRow row) {
        return ElementNode.of(row, tagsOf(row), null);
    }

    private List<ElementNode> nest(List<ElementRow> rows, boolean includeRetired) {
        return rows.stream()
                .filter(row -> includeRetired || !row.retired())
                .map(row -> ElementNode.of(row, tagsOf(row), nest(childRows(row), includeRetired)))
                .toList();
    }

    private List<ElementRow> childRows(ElementRow row) {
        return childrenByParent.getOrDefault(row.elementId(), List.of());
    }

    private Tags tagsOf(ElementRow row) {
        return tags.getOrDefault(row.elementId(), Tags.NONE);
    }
}
