package be.koers.planning.api.revision;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RevisionOpened(
        TenantId tenant,
        PlanId planId,
        int revisionNumber,
        String name,
        String description) implements PlanWideEvent {
}
