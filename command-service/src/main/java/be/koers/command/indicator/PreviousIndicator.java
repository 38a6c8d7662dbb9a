package be.koers.command.indicator;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.PlanId;

/** What an indicator of an earlier legislature says about itself to an indicator that wants to continue it. */
public record PreviousIndicator(IndicatorId indicatorId, PlanId planId, int lastYear, String unit) {
}
