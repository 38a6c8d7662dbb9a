package be.koers.command.continuity;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.continuity.DeclareContinuation;
import be.koers.planning.api.continuity.DeclareIndicatorContinuation;
import be.koers.planning.api.continuity.WithdrawContinuation;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which goals, action plans, items and indicators carry over those of the previous legislature: what is not
 * continued was dropped, what continues nothing is new.
 */
@RestController
@Tag(name = "Continuity")
public class ContinuationController {

    private final CommandSender commands;

    public ContinuationController(CommandSender commands) {
        this.commands = commands;
    }

    public record ContinuationRequest(PlanId previousPlanId, ElementId previousElementId) {
    }

    public record WithdrawalRequest(String reason) {
    }

    public record IndicatorContinuationRequest(IndicatorId previousIndicatorId) {
    }

    @PutMapping("/api/plans/{planId}/elements/{elementId}/continuation")
    @Operation(summary = "Declare which element of the previous legislature's plan this element continues (same kind)")
    public CommandAccepted declare(@PathVariable PlanId planId, @PathVariable ElementId elementId,
                                   @RequestBody ContinuationRequest request,
                                   @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        commands.send(new DeclareContinuation(user.tenant(), planId, elementId, request.previousPlanId(),
                request.previousElementId()), context);
        return new CommandAccepted(elementId.value(), context.correlationId());
    }

    @DeleteMapping("/api/plans/{planId}/elements/{elementId}/continuation")
    @Operation(summary = "Withdraw a continuation declared by mistake, with a reason (query parameter or body)")
    public CommandAccepted withdraw(@PathVariable PlanId planId, @PathVariable ElementId elementId,
                                    @RequestParam(name = "reason", required = false) String reasonParameter,
                                    @RequestBody(required = false) WithdrawalRequest request,
                                    @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        String reason = reasonParameter != null ? reasonParameter : request == null ? null : request.reason();
        commands.send(new WithdrawContinuation(user.tenant(), planId, elementId, reason), context.orReason(reason));
        return new CommandAccepted(elementId.value(), context.correlationId());
    }

    @PutMapping("/api/indicators/{indicatorId}/continuation")
    @Operation(summary = "Declare which indicator of the previous legislature this indicator continues (same unit)")
    public CommandAccepted declareForIndicator(@PathVariable IndicatorId indicatorId,
                                               @RequestBody IndicatorContinuationRequest request,
                                               @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        commands.send(new DeclareIndicatorContinuation(user.tenant(), indicatorId, request.previousIndicatorId()), context);
        return new CommandAccepted(indicatorId.value(), context.correlationId());
    }
}
