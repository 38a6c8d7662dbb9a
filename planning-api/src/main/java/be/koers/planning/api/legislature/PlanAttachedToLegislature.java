package be.koers.planning.api.legislature;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** A legislature has one multi-year plan; this records which. */
@Revision("1")
public record PlanAttachedToLegislature(TenantId tenant, LegislatureId legislatureId, PlanId planId)
        implements LegislatureEvent {
}
