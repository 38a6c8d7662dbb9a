package be.koers.planning.api.plan;

import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

/** The plan of a legislature is started as a draft with the hierarchy its administration uses. */
@Revision("1")
public record PlanDrafted(
        TenantId tenant,
        PlanId planId,
        LegislatureId legislatureId,
        String title,
        PlanTemplate template,
        int firstYear,
        int lastYear) implements PlanWideEvent {
}
