package be.koers.reporting.continuity;

import java.math.BigDecimal;

/**
 * One line of the comparison: a carried-over pair, or a dropped or new goal with the other side null. The shift is
 * the estimated expenditure of the new side minus that of the previous side (a missing side counts as zero).
 */
public record GoalComparison(GoalChange change, ComparedGoal previous, ComparedGoal current, BigDecimal estimateShift) {

    static GoalComparison of(GoalChange change, ComparedGoal previous, ComparedGoal current) {
        return new GoalComparison(change, previous, current, estimate(current).subtract(estimate(previous)));
    }

    private static BigDecimal estimate(ComparedGoal goal) {
        return goal == null ? BigDecimal.ZERO.setScale(2) : goal.estimatedExpenditure();
    }
}
