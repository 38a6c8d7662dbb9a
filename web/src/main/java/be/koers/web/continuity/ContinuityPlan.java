package be.koers.web.continuity;

import be.koers.planning.api.plan.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan as far as continuity needs it ({@code GET /api/plans/{planId}}): its years, and its tree with which
 * element of an earlier legislature's plan each element carries over ({@code continues}).
 */
public record ContinuityPlan(String planId, String legislatureId, String title, String status, int firstYear,
                             int lastYear, List<Node> elements) {

    public ContinuityPlan {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    public record Node(String elementId, Level level, String title, String status, Continues continues,
                       List<Node> children) {

        public Node {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public boolean active() {
            return !"RETIRED".equals(status);
        }
    }

    /** The element of an earlier plan that an element carries over. */
    public record Continues(String planId, String elementId) {
    }

    /** Every element, parents before their children. */
    public List<Node> flat() {
        List<Node> all = new ArrayList<>();
        elements.forEach(element -> collect(element, all));
        return all;
    }

    public Optional<Node> element(String elementId) {
        return flat().stream().filter(element -> element.elementId().equals(elementId)).findFirst();
    }

    /** Its active elements that carry over one of an earlier plan, in tree order. */
    public List<Node> continuing() {
        return flat().stream().filter(Node::active).filter(element -> element.continues() != null).toList();
    }

    public long active() {
        return flat().stream().filter(Node::active).count();
    }

    public boolean changeable() {
        return !"CLOSED".equals(status);
    }

    private static void collect(Node element, List<Node> all) {
        all.add(element);
        element.children().forEach(child -> collect(child, all));
    }
}
