package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.Title;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts the multi-year plan of a legislature; handled by the legislature, which allows one plan. */
public record DraftPlan(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier LegislatureId legislatureId,
        @NotNull PlanId planId,
        @Title String title,
        @NotNull PlanTemplate template) {
}
