package be.koers.reporting.continuity;

import be.koers.planning.api.plan.Level;

import java.math.BigDecimal;
import java.util.List;

/**
 * A goal of one of the compared plans, with its budget over that plan's legislature rolled up over everything under
 * it: estimated and actual expenditure (operating plus investment).
 */
public record ComparedGoal(String elementId, String title, Level level, boolean priority, List<String> policyFields,
                           BigDecimal estimatedExpenditure, BigDecimal actualExpenditure) {
}
