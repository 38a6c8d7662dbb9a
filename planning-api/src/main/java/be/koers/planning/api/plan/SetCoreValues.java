package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetCoreValues(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> coreValues) implements PlanCommand {
}
