package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The council adopted the plan on its decision date, under a reference (decision number). */
@Revision("1")
public record PlanAdopted(
        TenantId tenant,
        PlanId planId,
        LocalDate decisionDate,
        String decisionReference) implements PlanWideEvent {
}
