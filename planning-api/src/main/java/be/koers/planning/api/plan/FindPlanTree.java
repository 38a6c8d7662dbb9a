package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;

/** What does the plan currently say: its statements and its whole tree of goals, action plans and items? */
public record FindPlanTree(TenantId tenant, PlanId planId) {
}
