package be.koers.command.budget;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.EstimateBudget;
import be.koers.planning.api.budget.RecordBudgetActuals;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Yearly budget estimates and actuals of goals, action plans and items, in exact euro. */
@RestController
@Tag(name = "Budget")
public class BudgetController {

    private final CommandSender commands;

    public BudgetController(CommandSender commands) {
        this.commands = commands;
    }

    public record EstimateRequest(BudgetFigures figures, String reason) {
    }

    @PutMapping("/api/plans/{planId}/elements/{elementId}/budget/{year}")
    @Operation(summary = "Set the estimate of a year; revising an existing estimate needs a reason")
    public CommandAccepted estimate(@PathVariable PlanId planId, @PathVariable ElementId elementId, @PathVariable int year,
                                    @RequestBody EstimateRequest request,
                                    @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        String reason = request.reason() != null ? request.reason() : context.reason();
        commands.send(new EstimateBudget(user.tenant(), planId, elementId, year, request.figures(), reason), context);
        return new CommandAccepted(elementId.value(), context.correlationId());
    }

    @PutMapping("/api/plans/{planId}/elements/{elementId}/budget/{year}/actuals")
    @Operation(summary = "Record the actual amounts of a year next to its estimate")
    public CommandAccepted actuals(@PathVariable PlanId planId, @PathVariable ElementId elementId, @PathVariable int year,
                                   @RequestBody BudgetFigures figures,
                                   @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        commands.send(new RecordBudgetActuals(user.tenant(), planId, elementId, year, figures), context);
        return new CommandAccepted(elementId.value(), context.correlationId());
    }
}
