package be.koers.command.revision;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.revision.AdoptRevision;
import be.koers.planning.api.revision.DiscardRevision;
import be.koers.planning.api.revision.OpenRevision;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Revisions of an adopted plan: the plan's content changes inside one, which the council adopts or which is discarded. */
@RestController
@RequestMapping("/api/plans/{planId}/revisions")
@Tag(name = "Revisions")
public class RevisionController {

    private final CommandSender commands;

    public RevisionController(CommandSender commands) {
        this.commands = commands;
    }

    public record OpenRequest(String name, String description) {
    }

    public record AdoptionRequest(LocalDate decisionDate, String decisionReference) {
    }

    public record DiscardRequest(String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a named revision of the adopted plan")
    public CommandAccepted open(@PathVariable PlanId planId, @RequestBody OpenRequest request,
                                @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new OpenRevision(user.tenant(), planId, request.name(), request.description()), context);
    }

    @PostMapping("/current/adoption")
    @Operation(summary = "Record the council's adoption of the open revision: the plan's next edition")
    public CommandAccepted adopt(@PathVariable PlanId planId, @RequestBody AdoptionRequest request,
                                 @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new AdoptRevision(user.tenant(), planId, request.decisionDate(), request.decisionReference()), context);
    }

    @PostMapping("/current/discard")
    @Operation(summary = "Discard the open revision and every change made in it")
    public CommandAccepted discard(@PathVariable PlanId planId, @RequestBody DiscardRequest request,
                                   @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new DiscardRevision(user.tenant(), planId, request.reason()), context);
    }

    private CommandAccepted send(PlanId planId, Object command, ChangeContext context) {
        commands.send(command, context);
        return new CommandAccepted(planId.value(), context.correlationId());
    }
}
