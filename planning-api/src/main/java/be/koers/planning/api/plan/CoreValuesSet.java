package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record CoreValuesSet(
        TenantId tenant,
        PlanId planId,
        List<String> coreValues) implements PlanWideEvent {
}
