package be.koers.planning.api.revision;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The edition log's line: edition, date, description (the revision's name) and what was added, replaced or retired. */
@Revision("1")
public record RevisionAdopted(
        TenantId tenant,
        PlanId planId,
        int revisionNumber,
        int edition,
        String name,
        LocalDate decisionDate,
        String decisionReference,
        List<ElementId> added,
        List<ElementId> replaced,
        List<ElementId> retired) implements PlanWideEvent {
}
