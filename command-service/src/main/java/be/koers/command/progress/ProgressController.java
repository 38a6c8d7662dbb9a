package be.koers.command.progress;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Progress of activities and actions, reported by the staff who carry them out. */
@RestController
@Tag(name = "Progress")
public class ProgressController {

    private final CommandSender commands;

    public ProgressController(CommandSender commands) {
        this.commands = commands;
    }

    public record ProgressRequest(ProgressStatus status, Integer percentComplete, String comment,
                                  String cancellationReason, LocalDate postponedTo) {
    }

    @PutMapping("/api/plans/{planId}/items/{itemId}/progress")
    @Operation(summary = "Report the status and percentage complete of an activity or action")
    public CommandAccepted report(@PathVariable PlanId planId, @PathVariable ElementId itemId, @RequestBody ProgressRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        commands.send(new ReportProgress(user.tenant(), planId, itemId, request.status(), request.percentComplete(),
                request.comment(), request.cancellationReason(), request.postponedTo()), context);
        return new CommandAccepted(itemId.value(), context.correlationId());
    }
}
