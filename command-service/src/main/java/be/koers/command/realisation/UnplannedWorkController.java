package be.koers.command.realisation;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.realisation.RecordUnplannedWork;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Work carried out outside the adopted plan, with its cause. Recorded by the staff who carry it out, like progress,
 * or by planners; it needs no revision because it is execution, not plan content.
 */
@RestController
@Tag(name = "Unplanned work")
public class UnplannedWorkController {

    private final CommandSender commands;

    public UnplannedWorkController(CommandSender commands) {
        this.commands = commands;
    }

    public record UnplannedWorkRequest(ElementId itemId, ElementId parentId, Level level, String title, String description,
                                       Owner owner, ActionType actionType, Period period, UnplannedWorkCause cause,
                                       String causeExplanation, Tags tags) {
    }

    @PostMapping("/api/plans/{planId}/unplanned-work")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an activity or action carried out outside the adopted plan, where it contributes, with its cause")
    public CommandAccepted record(@PathVariable PlanId planId, @RequestBody UnplannedWorkRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        ElementId id = Optional.ofNullable(request.itemId()).orElseGet(ElementId::generate);
        commands.send(new RecordUnplannedWork(user.tenant(), planId, id, request.parentId(), request.level(), request.title(),
                request.description(), request.owner(), request.actionType(), request.period(), request.cause(),
                request.causeExplanation(), request.tags()), context);
        return new CommandAccepted(id.value(), context.correlationId());
    }
}
