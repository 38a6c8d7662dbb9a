package be.koers.reporting.realisation;

import be.koers.reporting.budget.YearBudget;
import be.koers.reporting.plan.Element;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanHeading;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sorts a plan's activities and actions into deliberate, unrealised and spontaneous policy. Items still only in a
 * draft or an open revision are not (yet) planned policy and are left out.
 */
@Component
public class Realisation {

    public List<RealisedItem> items(PlanFacts facts, RealisationFilter filter) {
        List<RealisedItem> items = new ArrayList<>();
        for (Element element : facts.elements()) {
            if (element.level().isItem() && (element.inAdoptedPlan() || !element.planned())) {
                RealisedItem item = item(element, facts.ownBudget(element.id(), facts.years()));
                if (filter.accepts(item)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    public RealisationView view(PlanFacts facts, RealisationFilter filter) {
        List<RealisedItem> items = items(facts, filter);
        return new RealisationView(PlanHeading.of(facts.plan()), filter, RealisationFigures.of(items),
                groups(items, Dimension.POLICY_FIELD), groups(items, Dimension.TARGET_GROUP),
                groups(items, Dimension.SUB_AREA), groups(items, Dimension.DEPARTMENT));
    }

    public RealisationMatrix matrix(PlanFacts facts, RealisationFilter filter, Dimension rows, Dimension columns) {
        Map<String, Map<String, List<RealisedItem>>> cells = new TreeMap<>();
        TreeSet<String> columnKeys = new TreeSet<>();
        for (RealisedItem item : items(facts, filter)) {
            for (String row : rows.keysOf(item)) {
                for (String column : columns.keysOf(item)) {
                    cells.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(item);
                    columnKeys.add(column);
                }
            }
        }
        List<RealisationMatrix.Cell> figures = new ArrayList<>();
        cells.forEach((row, byColumn) -> byColumn.forEach((column, items) ->
                figures.add(new RealisationMatrix.Cell(row, column, RealisationFigures.of(items)))));
        return new RealisationMatrix(PlanHeading.of(facts.plan()), rows, columns, List.copyOf(cells.keySet()),
                List.copyOf(columnKeys), figures);
    }

    public LegislatureRealisation ofLegislature(PlanFacts facts) {
        return new LegislatureRealisation(PlanHeading.of(facts.plan()), RealisationFigures.of(items(facts, RealisationFilter.NONE)));
    }

    private static List<Group> groups(Collection<RealisedItem> items, Dimension dimension) {
        Map<String, List<RealisedItem>> byKey = new TreeMap<>();
        items.forEach(item -> dimension.keysOf(item).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item)));
        return byKey.entrySet().stream().map(e -> new Group(e.getKey(), RealisationFigures.of(e.getValue()))).toList();
    }

    private static RealisedItem item(Element element, YearBudget budget) {
        Outcome outcome = Outcome.of(element);
        return new RealisedItem(element.id(), element.title(), element.level(), element.department(),
                element.classification().policyFields(), element.classification().targetGroups(),
                element.classification().subAreas(), element.planned(), element.planned() ? element.firstEdition() : null,
                element.progress(), element.percentComplete(), outcome, PolicyKind.of(element.planned(), outcome),
                element.cause(), element.causeExplanation(), budget.estimatedExpenditure(), budget.actualExpenditure());
    }
}
