package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GoalRevised(
        TenantId tenant,
        PlanId planId,
        ElementId goalId,
        String title,
        String description,
        String intendedResult,
        boolean priority) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return goalId;
    }
}
