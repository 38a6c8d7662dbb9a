package be.koers.planning.api.revision;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a named revision of an adopted plan (the yearly aanpassing meerjarenplan); changes to the plan are made inside it. */
public record OpenRevision(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @Title String name,
        @FreeText String description) implements PlanCommand {
}
