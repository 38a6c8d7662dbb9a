package be.koers.planning.api.indicator;

import be.koers.planning.api.shared.Title;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines an indicator of a plan, linked to one or more of its goals or items; handled by the plan, which knows them. */
public record DefineIndicator(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull IndicatorId indicatorId,
        @Title String name,
        @NotBlank @Size(max = 50) String unit,
        @NotNull IndicatorKind kind,
        @NotNull Direction direction,
        @Valid Baseline baseline,
        @NotNull @Size(max = 200) List<@NotNull @Valid Target> targets,
        @NotNull Frequency frequency,
        @Size(max = 500) String dataSource,
        @NotBlank @Size(max = 200) String ownerDepartment,
        @NotNull @Size(min = 1, max = 50) List<@NotNull ElementId> linkedElements) implements PlanCommand {
}
