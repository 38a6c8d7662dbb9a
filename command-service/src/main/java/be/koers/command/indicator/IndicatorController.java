package be.koers.command.indicator;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicators of a plan and their scores: defined by planners, scored by the staff of the owning department. */
@RestController
@Tag(name = "Indicators and scores")
public class IndicatorController {

    private final CommandSender commands;

    public IndicatorController(CommandSender commands) {
        this.commands = commands;
    }

    public record DefineIndicatorRequest(IndicatorId id, String name, String unit, IndicatorKind kind, Direction direction,
                                         Baseline baseline, List<Target> targets, Frequency frequency, String dataSource,
                                         String ownerDepartment, List<ElementId> linkedElements) {
    }

    public record ReviseIndicatorRequest(String name, String unit, String dataSource, String ownerDepartment, String reason) {
    }

    public record RetargetRequest(Baseline baseline, List<Target> targets, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    public record ScoreRequest(MeasurementPeriod period, BigDecimal value, String comment, String evidenceLink) {
    }

    public record CorrectionRequest(BigDecimal value, String comment, String evidenceLink, String reason, Integer correctsRevision) {
    }

    public record BulkScoresRequest(List<ScoreRow> rows) {
    }

    @PostMapping("/api/plans/{planId}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define an indicator linked to goals or items of the plan")
    public CommandAccepted define(@PathVariable PlanId planId, @RequestBody DefineIndicatorRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        IndicatorId id = Optional.ofNullable(request.id()).orElseGet(IndicatorId::generate);
        commands.send(new DefineIndicator(user.tenant(), planId, id, request.name(), request.unit(), request.kind(),
                request.direction(), request.baseline(), request.targets(), request.frequency(), request.dataSource(),
                request.ownerDepartment(), request.linkedElements()), context);
        return new CommandAccepted(id.value(), context.correlationId());
    }

    @PutMapping("/api/indicators/{indicatorId}")
    @Operation(summary = "Revise an indicator's name, unit, data source and owner department, with a reason")
    public CommandAccepted revise(@PathVariable IndicatorId indicatorId, @RequestBody ReviseIndicatorRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(indicatorId, new ReviseIndicator(user.tenant(), indicatorId, request.name(), request.unit(),
                request.dataSource(), request.ownerDepartment(), request.reason()), context);
    }

    @PutMapping("/api/indicators/{indicatorId}/targets")
    @Operation(summary = "Replace the baseline and targets, with a reason")
    public CommandAccepted retarget(@PathVariable IndicatorId indicatorId, @RequestBody RetargetRequest request,
                                    @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(indicatorId, new RetargetIndicator(user.tenant(), indicatorId, request.baseline(), request.targets(),
                request.reason()), context);
    }

    @PostMapping("/api/indicators/{indicatorId}/retirement")
    @Operation(summary = "Retire an indicator, with a reason; it takes no more scores")
    public CommandAccepted retire(@PathVariable IndicatorId indicatorId, @RequestBody ReasonRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(indicatorId, new RetireIndicator(user.tenant(), indicatorId, request.reason()), context);
    }

    @PostMapping("/api/indicators/{indicatorId}/scores")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the score of a period (2027, 2027-Q2 or 2027-05, as the indicator's frequency)")
    public CommandAccepted record(@PathVariable IndicatorId indicatorId, @RequestBody ScoreRequest request,
                                  @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(indicatorId, new RecordScore(user.tenant(), indicatorId, request.period(), request.value(),
                request.comment(), request.evidenceLink()), context);
    }

    @PutMapping("/api/indicators/{indicatorId}/scores/{period}")
    @Operation(summary = "Correct the score of a period; correctsRevision is the revision you saw (409 when it moved on)")
    public CommandAccepted correct(@PathVariable IndicatorId indicatorId, @PathVariable MeasurementPeriod period,
                                   @RequestBody CorrectionRequest request,
                                   @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        return send(indicatorId, new CorrectScore(user.tenant(), indicatorId, period, request.value(), request.comment(),
                request.evidenceLink(), request.reason(),
                request.correctsRevision() == null ? 0 : request.correctsRevision()), context);
    }

    @PostMapping("/api/scores/bulk")
    @Operation(summary = "Record many scores at once: all or none, with every refused row reported")
    public Map<String, Object> recordBulk(@RequestBody BulkScoresRequest request,
                                          @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        int recorded = commands.send(new RecordScores(user.tenant(), request.rows()), context);
        return Map.of("recorded", recorded, "correlationId", context.correlationId());
    }

    private CommandAccepted send(IndicatorId id, IndicatorCommand command, ChangeContext context) {
        commands.send(command, context);
        return new CommandAccepted(id.value(), context.correlationId());
    }
}
