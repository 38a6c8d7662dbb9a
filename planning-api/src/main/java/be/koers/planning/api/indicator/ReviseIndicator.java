package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revises what describes an indicator. Its kind, direction and frequency stay: its scores were measured by them. */
public record ReviseIndicator(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier IndicatorId indicatorId,
        @Title String name,
        @NotBlank @Size(max = 50) String unit,
        @Size(max = 500) String dataSource,
        @NotBlank @Size(max = 200) String ownerDepartment,
        @NotBlank @FreeText String reason) implements IndicatorCommand {
}
