package be.koers.reporting.continuity;

import be.koers.reporting.plan.PlanHeading;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan beside the plan of the legislature before it: goals carried over, dropped and new with their budget shift,
 * the budget per policy field, and the indicators that continue.
 */
public record LegislatureComparison(
        PlanHeading previous,
        PlanHeading current,
        Counts counts,
        BigDecimal previousTotalEstimate,
        BigDecimal currentTotalEstimate,
        List<GoalComparison> goals,
        List<PolicyFieldShift> budgetByPolicyField,
        List<IndicatorContinuity> continuingIndicators,
        List<IndicatorContinuity> droppedIndicators,
        List<IndicatorContinuity> newIndicators) {

    public record Counts(long carriedOver, long dropped, long added) {
    }
}
