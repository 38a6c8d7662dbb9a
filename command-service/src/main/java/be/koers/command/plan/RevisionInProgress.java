package be.koers.command.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanStatement;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The revision a plan has open: its number and name, what it defined, replaced and retired and which statements it
 * set so far, and the elements as the last edition left them, to go back to when it is discarded. The same lists make
 * the edition log's line when it is adopted and say what a discard voids.
 * Unplanned work is no plan content: the plan keeps it out of these lists, and a discard leaves it as it is.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
record RevisionInProgress(int number, String name, List<ElementId> defined, List<ElementId> replaced,
                          List<ElementId> retired, List<PlanStatement> statementsSet,
                          Map<String, PlanElement> elementsAtOpening) {

    static RevisionInProgress opened(int number, String name, Map<String, PlanElement> elements) {
        return new RevisionInProgress(number, name, List.of(), List.of(), List.of(), List.of(), copy(elements));
    }

    RevisionInProgress define(ElementId id) {
        return new RevisionInProgress(number, name, with(defined, id), replaced, retired, statementsSet, elementsAtOpening);
    }

    /** An element defined in this revision is simply added, however often it changes before adoption. */
    RevisionInProgress replace(ElementId id) {
        return defined.contains(id) || replaced.contains(id) ? this
                : new RevisionInProgress(number, name, defined, with(replaced, id), retired, statementsSet, elementsAtOpening);
    }

    /** An element defined and retired in the same revision stays among the defined ones: it is not in the last edition. */
    RevisionInProgress retire(ElementId id) {
        return defined.contains(id) ? this
                : new RevisionInProgress(number, name, defined, without(replaced, id), with(retired, id), statementsSet, elementsAtOpening);
    }

    RevisionInProgress set(PlanStatement statement) {
        return statementsSet.contains(statement) ? this
                : new RevisionInProgress(number, name, defined, replaced, retired, with(statementsSet, statement), elementsAtOpening);
    }

    boolean adds(ElementId id) {
        return defined.contains(id);
    }

    /** What the next edition adds: an element defined and retired in the same revision never reaches an edition. */
    List<ElementId> added(Map<String, PlanElement> current) {
        return defined.stream().filter(id -> current.get(id.value()).isActive()).toList();
    }

    /** The elements of the last edition this revision changed: what it replaced or retired. */
    List<ElementId> changed() {
        return Stream.concat(replaced.stream(), retired.stream()).toList();
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

    private static <T> List<T> with(List<T> values, T value) {
        List<T> more = new ArrayList<>(values);
        more.add(value);
        return List.copyOf(more);
    }

    private static List<ElementId> without(List<ElementId> ids, ElementId id) {
        return ids.stream().filter(other -> !other.equals(id)).toList();
    }
}
