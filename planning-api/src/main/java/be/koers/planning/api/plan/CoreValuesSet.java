package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CoreValuesSet(
        TenantId tenant,
        PlanId planId,
        List<String> coreValues) implements PlanWideEvent {
}
