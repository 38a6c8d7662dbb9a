package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** parentId is null for a goal at the template's root level. */
@Revision("1")
public record GoalDefined(
        TenantId tenant,
        PlanId planId,
        ElementId goalId,
        ElementId parentId,
        Level level,
        String title,
        String description,
        String intendedResult,
        boolean priority,
        Tags tags) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return goalId;
    }
}
