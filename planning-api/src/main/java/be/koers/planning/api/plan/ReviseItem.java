package be.koers.planning.api.plan;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseItem(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId itemId,
        @Title String title,
        @FreeText String description,
        ActionType actionType,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> preconditions,
        @Valid Period period) implements PlanCommand {
}
