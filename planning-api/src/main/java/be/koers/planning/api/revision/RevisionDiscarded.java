package be.koers.planning.api.revision;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** Every change made since the revision opened is void; readers and rules go back to the last adopted edition. */
@Revision("1")
public record RevisionDiscarded(
        TenantId tenant,
        PlanId planId,
        int revisionNumber,
        String reason) implements PlanWideEvent {
}
