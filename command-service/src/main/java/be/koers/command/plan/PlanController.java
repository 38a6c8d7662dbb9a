package be.koers.command.plan;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.plan.*;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a plan. Every change may carry {@code X-Change-Reason} (kept on its events), {@code X-Correlation-Id}
 * and {@code If-Match} with the plan version the change is based on.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Plans")
public class PlanController {

    private final CommandSender commands;

    public PlanController(CommandSender commands) {
        this.commands = commands;
    }

    public record MissionRequest(String mission) {
    }

    public record VisionRequest(String vision) {
    }

    public record CoreValuesRequest(List<String> coreValues) {
    }

    public record DefineGoalRequest(ElementId id, ElementId parentId, Level level, String title, String description,
                                    String intendedResult, boolean priority, Tags tags) {
    }

    public record ReviseGoalRequest(String title, String description, String intendedResult, boolean priority) {
    }

    public record DefineActionPlanRequest(ElementId id, ElementId parentId, String title, String description,
                                          Period realisationTerm, Tags tags) {
    }

    public record ReviseActionPlanRequest(String title, String description, Period realisationTerm) {
    }

    public record DefineItemRequest(ElementId id, ElementId parentId, Level level, String title, String description,
                                    Owner owner, ActionType actionType, List<String> preconditions, Period period,
                                    Tags tags) {
    }

    public record ReviseItemRequest(String title, String description, ActionType actionType,
                                    List<String> preconditions, Period period) {
    }

    public record MoveRequest(ElementId parentId) {
    }

    public record ReasonRequest(String reason) {
    }

    public record AdoptionRequest(LocalDate decisionDate, String decisionReference) {
    }

    @PutMapping("/mission")
    @Operation(summary = "Set the mission of the plan")
    public CommandAccepted setMission(@PathVariable PlanId planId, @RequestBody MissionRequest request,
                                      @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new SetMission(user.tenant(), planId, request.mission()), context);
    }

    @PutMapping("/vision")
    @Operation(summary = "Set the vision of the plan")
    public CommandAccepted setVision(@PathVariable PlanId planId, @RequestBody VisionRequest request,
                                     @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new SetVision(user.tenant(), planId, request.vision()), context);
    }

    @PutMapping("/core-values")
    @Operation(summary = "Set the core values of the plan")
    public CommandAccepted setCoreValues(@PathVariable PlanId planId, @RequestBody CoreValuesRequest request,
                                         @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new SetCoreValues(user.tenant(), planId, request.coreValues()), context);
    }

    @PostMapping("/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a goal at a level of the plan's template, under its parent goal")
    public CommandAccepted defineGoal(@PathVariable PlanId planId, @RequestBody DefineGoalRequest request,
                                      @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        ElementId id = idOrNew(request.id());
        return send(id, new DefineGoal(user.tenant(), planId, id, request.parentId(), request.level(), request.title(),
                request.description(), request.intendedResult(), request.priority(), request.tags()), context);
    }

    @PutMapping("/goals/{goalId}")
    @Operation(summary = "Revise a goal's title, description, intended result and priority")
    public CommandAccepted reviseGoal(@PathVariable PlanId planId, @PathVariable ElementId goalId,
                                      @RequestBody ReviseGoalRequest request,
                                      @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(goalId, new ReviseGoal(user.tenant(), planId, goalId, request.title(), request.description(),
                request.intendedResult(), request.priority()), context);
    }

    @PostMapping("/action-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define an action plan with its realisation term")
    public CommandAccepted defineActionPlan(@PathVariable PlanId planId, @RequestBody DefineActionPlanRequest request,
                                            @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        ElementId id = idOrNew(request.id());
        return send(id, new DefineActionPlan(user.tenant(), planId, id, request.parentId(), request.title(),
                request.description(), request.realisationTerm(), request.tags()), context);
    }

    @PutMapping("/action-plans/{actionPlanId}")
    @Operation(summary = "Revise an action plan")
    public CommandAccepted reviseActionPlan(@PathVariable PlanId planId, @PathVariable ElementId actionPlanId,
                                            @RequestBody ReviseActionPlanRequest request,
                                            @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(actionPlanId, new ReviseActionPlan(user.tenant(), planId, actionPlanId, request.title(),
                request.description(), request.realisationTerm()), context);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define an activity or an action with its department and political owner")
    public CommandAccepted defineItem(@PathVariable PlanId planId, @RequestBody DefineItemRequest request,
                                      @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        ElementId id = idOrNew(request.id());
        return send(id, new DefineItem(user.tenant(), planId, id, request.parentId(), request.level(), request.title(),
                request.description(), request.owner(), request.actionType(), request.preconditions(),
                request.period(), request.tags()), context);
    }

    @PutMapping("/items/{itemId}")
    @Operation(summary = "Revise an activity or action")
    public CommandAccepted reviseItem(@PathVariable PlanId planId, @PathVariable ElementId itemId,
                                      @RequestBody ReviseItemRequest request,
                                      @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(itemId, new ReviseItem(user.tenant(), planId, itemId, request.title(), request.description(),
                request.actionType(), request.preconditions(), request.period()), context);
    }

    @PutMapping("/items/{itemId}/owner")
    @Operation(summary = "Reassign an activity or action to another department and political owner")
    public CommandAccepted reassignOwner(@PathVariable PlanId planId, @PathVariable ElementId itemId,
                                         @RequestBody Owner owner,
                                         @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(itemId, new ReassignOwner(user.tenant(), planId, itemId, owner), context);
    }

    @PutMapping("/elements/{elementId}/parent")
    @Operation(summary = "Move an element under another parent (null: to the root level)")
    public CommandAccepted move(@PathVariable PlanId planId, @PathVariable ElementId elementId,
                                @RequestBody MoveRequest request,
                                @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(elementId, new MoveElement(user.tenant(), planId, elementId, request.parentId()), context);
    }

    @PutMapping("/elements/{elementId}/tags")
    @Operation(summary = "Replace an element's policy field, target group, sub-area and SDG tags")
    public CommandAccepted retag(@PathVariable PlanId planId, @PathVariable ElementId elementId, @RequestBody Tags tags,
                                 @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(elementId, new RetagElement(user.tenant(), planId, elementId, tags), context);
    }

    @PostMapping("/elements/{elementId}/retirement")
    @Operation(summary = "Retire an element that has no active children, with a reason")
    public CommandAccepted retire(@PathVariable PlanId planId, @PathVariable ElementId elementId,
                                  @RequestBody ReasonRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(elementId, new RetireElement(user.tenant(), planId, elementId, request.reason()),
                context.orReason(request.reason()));
    }

    @PostMapping("/adoption")
    @Operation(summary = "Record the council's adoption of the plan: decision date and reference")
    public CommandAccepted adopt(@PathVariable PlanId planId, @RequestBody AdoptionRequest request,
                                 @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new AdoptPlan(user.tenant(), planId, request.decisionDate(), request.decisionReference()), context);
    }

    @PostMapping("/closure")
    @Operation(summary = "Close the plan: nothing in it can change afterwards")
    public CommandAccepted close(@PathVariable PlanId planId, @RequestBody ReasonRequest request,
                                 @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(planId, new ClosePlan(user.tenant(), planId, request.reason()), context.orReason(request.reason()));
    }

    private CommandAccepted send(Object id, PlanCommand command, ChangeContext context) {
        commands.send(command, context);
        return new CommandAccepted(id.toString(), context.correlationId());
    }

    private static ElementId idOrNew(ElementId id) {
        return Optional.ofNullable(id).orElseGet(ElementId::generate);
    }
}
