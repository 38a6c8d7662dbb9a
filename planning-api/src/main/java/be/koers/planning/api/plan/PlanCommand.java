package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantScoped;

/** Every command the plan aggregate handles after the plan was drafted. */
public interface PlanCommand extends TenantScoped {
    PlanId planId();
}
