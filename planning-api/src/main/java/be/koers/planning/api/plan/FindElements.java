package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;

/**
 * Which elements of a plan match all given criteria? A null criterion does not filter. {@code politicalOwner}
 * and {@code department} match exactly; tags match one value of their dimension.
 */
public record FindElements(
        TenantId tenant,
        PlanId planId,
        Level level,
        ElementStatus status,
        String department,
        String politicalOwner,
        String policyField,
        String targetGroup,
        String subArea,
        Integer sdg) {
}
