package be.koers.command.plan;

import be.koers.planning.api.plan.ElementId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revision a plan has open: its number and name, what it added, replaced and retired so far (the edition log's
 * line when adopted), and the elements as the last edition left them, to go back to when it is discarded.
 * Unplanned work is no plan content: the plan keeps it out of these lists, and a discard leaves it as it is.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
record RevisionInProgress(int number, String name, List<ElementId> added, List<ElementId> replaced,
                          List<ElementId> retired, Map<String, PlanElement> elementsAtOpening) {

    static RevisionInProgress opened(int number, String name, Map<String, PlanElement> elements) {
        return new RevisionInProgress(number, name, List.of(), List.of(), List.of(), copy(elements));
    }

    RevisionInProgress add(ElementId id) {
        return new RevisionInProgress(number, name, with(added, id), replaced, retired, elementsAtOpening);
    }

    /** An element added in this revision is simply added, however often it changes before adoption. */
    RevisionInProgress replace(ElementId id) {
        return added.contains(id) || replaced.contains(id) ? this
                : new RevisionInProgress(number, name, added, with(replaced, id), retired, elementsAtOpening);
    }

    /** An element added and retired in the same revision never reaches an edition. */
    RevisionInProgress retire(ElementId id) {
        if (added.contains(id)) {
            return new RevisionInProgress(number, name, without(added, id), replaced, retired, elementsAtOpening);
        }
        return new RevisionInProgress(number, name, added, without(replaced, id), with(retired, id), elementsAtOpening);
    }

    boolean adds(ElementId id) {
        return added.contains(id);
    }

    /**
     * The elements to go back to when the revision is discarded: the plan content as the last edition left it, but
     * with what was accepted meanwhile outside the plan kept, since nothing accepted may be lost: the progress and
     * continuation of every element, and the unplanned work as it is now, including work recorded during the revision.
     */
    Map<String, PlanElement> discardedFrom(Map<String, PlanElement> current) {
        Map<String, PlanElement> restored = copy(elementsAtOpening);
        restored.forEach((id, element) -> element.keepExecutionOf(current.get(id)));
        current.forEach((id, element) -> {
            if (element.isUnplanned()) {
                restored.put(id, element);
            }
        });
        return restored;
    }

    private static Map<String, PlanElement> copy(Map<String, PlanElement> elements) {
        Map<String, PlanElement> copy = new HashMap<>();
        elements.forEach((id, element) -> copy.put(id, element.copy()));
        return copy;
    }

    private static List<ElementId> with(List<ElementId> ids, ElementId id) {
        List<ElementId> more = new ArrayList<>(ids);
        more.add(id);
        return List.copyOf(more);
    }

    private static List<ElementId> without(List<ElementId> ids, ElementId id) {
        return ids.stream().filter(other -> !other.equals(id)).toList();
    }
}
