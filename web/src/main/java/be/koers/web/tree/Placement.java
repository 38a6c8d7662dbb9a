package be.koers.web.tree;

import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.web.plan.Element;
import be.koers.web.plan.Plan;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The template's placement rules as the tree's forms need them: which levels can be added under an element, where
 * an element can be moved (the places the template allows first, then the others, which the command-service will
 * refuse with the rule explained), and the rule in words. The command-service decides; this only guides.
 */
public final class Placement {

    private final PlanTemplate template;

    Placement(PlanTemplate template) {
        this.template = template;
    }

    /** The levels an element may have directly under a parent of {@code parent} (empty: under the plan). */
    List<Level> childLevels(Optional<Level> parent) {
        return Arrays.stream(Level.values()).filter(template::uses).filter(level -> template.allows(level, parent)).toList();
    }

    boolean allows(Level level, Optional<Level> parent) {
        return template.allows(level, parent);
    }

    /** The levels an element of {@code level} may hang under; empty for the template's root level. */
    List<Level> parentsOf(Level level) {
        return Arrays.stream(Level.values()).filter(template.allowedParentsOf(level)::contains).toList();
    }

    boolean isRoot(Level level) {
        return template.rootLevel() == level;
    }

    /** Where the element could go: every active element but itself and what hangs under it, allowed ones first. */
    MoveTargets moveTargets(Plan plan, Element element) {
        Set<String> excluded = new HashSet<>();
        collect(element, excluded);
        List<Element> candidates = plan.stream()
                .filter(candidate -> !candidate.retired() && !excluded.contains(candidate.elementId()))
                .toList();
        List<Element> allowed = candidates.stream()
                .filter(candidate -> template.allows(element.level(), Optional.of(candidate.level()))).toList();
        List<Element> others = candidates.stream()
                .filter(candidate -> !template.allows(element.level(), Optional.of(candidate.level()))).toList();
        return new MoveTargets(isRoot(element.level()), allowed, others);
    }

    private static void collect(Element element, Set<String> ids) {
        ids.add(element.elementId());
        element.children().forEach(child -> collect(child, ids));
    }

    /**
     * @param topLevelAllowed whether the element may hang directly under the plan
     * @param allowed         the places the template allows
     * @param others          the other places: offered too, so that the rule can be explained when refused
     */
    public record MoveTargets(boolean topLevelAllowed, List<Element> allowed, List<Element> others) {
    }
}
