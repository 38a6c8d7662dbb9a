package be.koers.planning.api.realisation;

import be.koers.planning.api.shared.FreeText;
import be.koers.planning.api.shared.Title;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanCommand;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.shared.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an activity or action carried out without being in the adopted plan (spontaneous policy), with its cause.
 * It hangs in the tree where it contributes, like a planned item, but is not plan content: it needs no open revision
 * and never becomes part of an edition.
 */
public record RecordUnplannedWork(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier PlanId planId,
        @NotNull ElementId itemId,
        @NotNull ElementId parentId,
        @NotNull Level level,
        @Title String title,
        @FreeText String description,
        @NotNull @Valid Owner owner,
        ActionType actionType,
        @Valid Period period,
        @NotNull UnplannedWorkCause cause,
        @NotBlank @FreeText String causeExplanation,
        @Valid Tags tags) implements PlanCommand {
}
