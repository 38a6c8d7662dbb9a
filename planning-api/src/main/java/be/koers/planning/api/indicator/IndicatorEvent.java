package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.DomainEvent;

/** Every event of an indicator's stream; each names the plan the indicator belongs to. */
public interface IndicatorEvent extends DomainEvent {
    IndicatorId indicatorId();

    PlanId planId();
}
