package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;

/** What does one element currently say, and what hangs directly under it? */
public record FindElementWithChildren(TenantId tenant, PlanId planId, ElementId elementId) {
}
