package be.koers.reporting.continuity;

import be.koers.reporting.budget.YearBudget;
import be.koers.reporting.continuity.IndicatorContinuity.IndicatorSide;
import be.koers.reporting.indicator.IndicatorFacts;
import be.koers.reporting.plan.Element;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanHeading;
import be.koers.reporting.realisation.Dimension;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a plan with the plan of an earlier legislature ({@code reporting-service/REPORTS.md}). Goals are the active goals of
 * each plan as adopted; a goal of the earlier plan retired before its end was already dropped during that
 * legislature and is not counted again.
 */
@Component
public class LegislatureComparer {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public LegislatureComparison compare(PlanFacts previous, PlanFacts current) {
        List<GoalComparison> goals = goals(previous, current);
        List<IndicatorContinuity> indicators = indicators(previous, current);
        return new LegislatureComparison(PlanHeading.of(previous.plan()), PlanHeading.of(current.plan()),
                new LegislatureComparison.Counts(count(goals, GoalChange.CARRIED_OVER), count(goals, GoalChange.DROPPED),
                        count(goals, GoalChange.NEW)),
                totalEstimate(previous), totalEstimate(current), goals, byPolicyField(previous, current),
                indicators.stream().filter(i -> i.previous() != null && i.current() != null).toList(),
                indicators.stream().filter(i -> i.current() == null).toList(),
                indicators.stream().filter(i -> i.previous() == null).toList());
    }

    private static List<GoalComparison> goals(PlanFacts previous, PlanFacts current) {
        List<GoalComparison> carriedOver = new ArrayList<>();
        List<GoalComparison> added = new ArrayList<>();
        Set<String> continued = new HashSet<>();
        for (Element goal : goalsOf(current)) {
            Element predecessor = goal.continues() == null || !goal.continues().planId().equals(previous.plan().planId())
                    ? null : previous.element(goal.continues().elementId()).orElse(null);
            if (predecessor == null) {
                added.add(GoalComparison.of(GoalChange.NEW, null, compared(current, goal)));
            } else {
                continued.add(predecessor.id());
                carriedOver.add(GoalComparison.of(GoalChange.CARRIED_OVER, compared(previous, predecessor), compared(current, goal)));
            }
        }
        List<GoalComparison> dropped = goalsOf(previous).stream()
                .filter(goal -> !continued.contains(goal.id()))
                .map(goal -> GoalComparison.of(GoalChange.DROPPED, compared(previous, goal), null))
                .toList();
        return Stream.of(carriedOver, dropped, added).flatMap(List::stream).toList();
    }

    private static List<Element> goalsOf(PlanFacts plan) {
        return plan.activeInTreeOrder().stream().filter(e -> e.level().isGoal()).toList();
    }

    private static ComparedGoal compared(PlanFacts plan, Element goal) {
        YearBudget budget = plan.rolledUpBudget(goal.id(), plan.years());
        return new ComparedGoal(goal.id(), goal.title(), goal.level(), goal.priority(),
                goal.classification().policyFields(), budget.estimatedExpenditure(), budget.actualExpenditure());
    }

    private static List<PolicyFieldShift> byPolicyField(PlanFacts previous, PlanFacts current) {
        Map<String, BigDecimal> before = previous.estimatesPerPolicyField(Dimension.UNCLASSIFIED);
        Map<String, BigDecimal> after = current.estimatesPerPolicyField(Dimension.UNCLASSIFIED);
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream()
                .map(field -> PolicyFieldShift.of(field, before.getOrDefault(field, ZERO), after.getOrDefault(field, ZERO)))
                .toList();
    }

    private static BigDecimal totalEstimate(PlanFacts plan) {
        return plan.activeInTreeOrder().stream()
                .map(e -> plan.ownBudget(e.id(), plan.years()).estimatedExpenditure())
                .reduce(ZERO, BigDecimal::add);
    }

    private static List<IndicatorContinuity> indicators(PlanFacts previous, PlanFacts current) {
        List<IndicatorContinuity> lines = new ArrayList<>();
        Set<String> continued = new HashSet<>();
        for (IndicatorFacts indicator : current.indicators()) {
            IndicatorFacts predecessor = previous.plan().planId().equals(indicator.previousPlanId())
                    ? previous.indicators().stream().filter(i -> i.indicatorId().equals(indicator.previousIndicatorId())).findFirst().orElse(null)
                    : null;
            if (predecessor != null) {
                continued.add(predecessor.indicatorId());
            }
            lines.add(IndicatorContinuity.of(predecessor == null ? null : last(predecessor), first(indicator)));
        }
        previous.indicators().stream()
                .filter(i -> !i.retired() && !continued.contains(i.indicatorId()))
                .forEach(i -> lines.add(IndicatorContinuity.of(last(i), null)));
        return lines;
    }

    private static IndicatorSide last(IndicatorFacts indicator) {
        return indicator.lastScore()
                .map(score -> side(indicator, score.getKey().toString(), score.getValue()))
                .orElse(side(indicator, null, null));
    }

    private static IndicatorSide first(IndicatorFacts indicator) {
        return indicator.firstScore()
                .map(score -> side(indicator, score.getKey().toString(), score.getValue()))
                .orElse(side(indicator, null, null));
    }

    private static IndicatorSide side(IndicatorFacts indicator, String period, BigDecimal value) {
        return new IndicatorSide(indicator.indicatorId(), indicator.name(), indicator.unit(), period, value);
    }

    private static long count(List<GoalComparison> goals, GoalChange change) {
        return goals.stream().filter(g -> g.change() == change).count();
    }
}
