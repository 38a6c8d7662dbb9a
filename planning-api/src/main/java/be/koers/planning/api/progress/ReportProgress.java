package be.koers.planning.api.progress;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff report how an activity or action is doing: its status, how far along it is and why. */
public record ReportProgress(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId itemId,
        @NotNull ProgressStatus status,
        @NotNull @Min(0) @Max(100) Integer percentComplete,
        @FreeText String comment,
        @FreeText String cancellationReason,
        LocalDate postponedTo) implements PlanCommand {
}
