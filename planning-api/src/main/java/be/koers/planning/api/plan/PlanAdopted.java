package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The council adopted the plan on its decision date, under a reference (decision number). */
@Revision("1")
public record PlanAdopted(
        TenantId tenant,
        PlanId planId,
        LocalDate decisionDate,
        String decisionReference) implements PlanWideEvent {
}
