package be.koers.web.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan as the query-service answers it ({@code GET /api/plans/{planId}}): its statements and its whole tree.
 *
 * @param view         {@code ADOPTED} or {@code DRAFT}: which state of the plan this is
 * @param edition      the edition in force, null before adoption
 * @param openRevision the revision being worked on, null when none is open
 * @param version      the sequence number of the plan's last event (the query-service's ETag)
 */
public record Plan(String planId, String legislatureId, String title, PlanTemplate template, PlanStatus status,
                   int firstYear, int lastYear, String view, Integer edition, OpenRevision openRevision,
                   String mission, String vision, List<String> coreValues, LocalDate decisionDate,
                   String decisionReference, long version, List<Element> elements) {

    public Plan {
        coreValues = coreValues == null ? List.of() : List.copyOf(coreValues);
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    public record OpenRevision(int revisionNumber, String name, Instant openedAt, String openedBy) {
    }

    /** Every element of the tree, parents before their children. */
    public List<Element> flat() {
        List<Element> all = new ArrayList<>();
        elements.forEach(element -> collect(element, all));
        return all;
    }

    private static void collect(Element element, List<Element> all) {
        all.add(element);
        element.children().forEach(child -> collect(child, all));
    }

    public Optional<Element> element(String elementId) {
        return flat().stream().filter(element -> element.elementId().equals(elementId)).findFirst();
    }

    /** From the root down to the element's parent. */
    public List<Element> ancestorsOf(Element element) {
        List<Element> path = new ArrayList<>();
        Optional<Element> parent = Optional.ofNullable(element.parentId()).flatMap(this::element);
        while (parent.isPresent()) {
            path.add(0, parent.get());
            parent = Optional.ofNullable(parent.get().parentId()).flatMap(this::element);
        }
        return path;
    }

    /** The core values one per line, as the planner types them. */
    public String coreValuesText() {
        return String.join("\n", coreValues);
    }

    /** Whether the plan can still change (a closed plan cannot). */
    public boolean changeable() {
        return status != PlanStatus.CLOSED;
    }

    public Stream<Element> stream() {
        return flat().stream();
    }
}
