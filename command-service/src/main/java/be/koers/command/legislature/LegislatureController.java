package be.koers.command.legislature;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
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

import java.util.Optional;

@RestController
@RequestMapping("/api/legislatures")
@Tag(name = "Legislatures")
public class LegislatureController {

    private final CommandSender commands;

    public LegislatureController(CommandSender commands) {
        this.commands = commands;
    }

    public record CreateLegislatureRequest(LegislatureId legislatureId, String name, Integer firstYear, Integer lastYear) {
    }

    public record DraftPlanRequest(PlanId planId, String title, PlanTemplate template) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a legislature (term of office), e.g. 2026-2031")
    public CommandAccepted create(@RequestBody CreateLegislatureRequest request, @AuthenticationPrincipal KoersUser user,
                                  ChangeContext context) {
        LegislatureId id = Optional.ofNullable(request.legislatureId()).orElseGet(LegislatureId::generate);
        commands.send(new CreateLegislature(user.tenant(), id, request.name(),
                orZero(request.firstYear()), orZero(request.lastYear())), context);
        return new CommandAccepted(id.value(), context.correlationId());
    }

    @PostMapping("/{legislatureId}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft the multi-year plan of a legislature with a template: BBC, GHENT or FLEMISH_ENTITY")
    public CommandAccepted draftPlan(@PathVariable LegislatureId legislatureId, @RequestBody DraftPlanRequest request,
                                     @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        PlanId planId = Optional.ofNullable(request.planId()).orElseGet(PlanId::generate);
        commands.send(new DraftPlan(user.tenant(), legislatureId, planId, request.title(), request.template()), context);
        return new CommandAccepted(planId.value(), context.correlationId());
    }

    /** A missing year fails validation (minimum 1900) with the field's name rather than as malformed JSON. */
    private static int orZero(Integer year) {
        return year == null ? 0 : year;
    }
}
