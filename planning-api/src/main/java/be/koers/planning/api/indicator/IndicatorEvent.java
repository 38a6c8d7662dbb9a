package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantScoped;

/** Every event of an indicator's stream; each names the plan the indicator belongs to. */
public interface IndicatorEvent extends TenantScoped {
    IndicatorId indicatorId();

    PlanId planId();
}
