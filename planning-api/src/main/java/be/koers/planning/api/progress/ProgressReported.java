package be.koers.planning.api.progress;

import be.koers.planning.api.plan.ElementEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProgressReported(
        TenantId tenant,
        PlanId planId,
        ElementId itemId,
        ProgressStatus status,
        ProgressStatus previousStatus,
        int percentComplete,
        String comment,
        String cancellationReason,
        LocalDate postponedTo) implements ElementEvent {

    @Override
    public ElementId elementId() {
        return itemId;
    }
}
