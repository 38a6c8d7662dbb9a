package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record ItemRevised(
        TenantId tenant,
        PlanId planId,
        ElementId itemId,
        String title,
        String description,
        ActionType actionType,
        List<String> preconditions,
        Period period) implements TreeEvent {

    @Override
    public ElementId elementId() {
        return itemId;
    }
}
