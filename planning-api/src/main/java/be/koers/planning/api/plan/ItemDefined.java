package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** An activity or action; actionType and period are set for actions, period optional for activities. */
@Revision("1")
public record ItemDefined(
        TenantId tenant,
        PlanId planId,
        ElementId itemId,
        ElementId parentId,
        Level level,
        String title,
        String description,
        Owner owner,
        ActionType actionType,
        List<String> preconditions,
        Period period,
        Tags tags) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return itemId;
    }
}
