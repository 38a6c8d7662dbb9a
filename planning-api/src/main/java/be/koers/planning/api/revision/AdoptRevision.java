package be.koers.planning.api.revision;

import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The council adopts the open revision on its decision date: it becomes the plan's next edition. */
public record AdoptRevision(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 200) String decisionReference) implements PlanCommand {
}
