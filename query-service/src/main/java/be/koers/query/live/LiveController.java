package be.koers.query.live;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.PlanId;
import be.koers.query.indicator.IndicatorQueries;
import be.koers.query.plan.PlanRows;
import be.koers.query.problem.QueryRefusal;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live changes as Server-Sent Events: {@code id} is the change's number in the plan's feed, {@code event} its type
 * (such as ScoreRecorded), {@code data} the JSON {type, aggregateId, sequenceNumber, timestamp, actor, planId,
 * indicatorId?, elementId?, payload}. The tenant check happens before the stream opens, so a refusal is an
 * ordinary problem+json answer.
 */
@RestController
class LiveController {

    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String STREAM_DESCRIPTION = "text/event-stream. Reconnect with the Last-Event-ID header to"
            + " receive every change after that id, in order, then the live ones. A projection rebuild numbers the"
            + " feed again from 1. A comment line every 15 s keeps the stream open.";

    private final LiveChanges live;
    private final PlanRows plans;
    private final IndicatorQueries indicators;

    LiveController(LiveChanges live, PlanRows plans, IndicatorQueries indicators) {
        this.live = live;
        this.plans = plans;
        this.indicators = indicators;
    }

    @Operation(summary = "Every change of the plan as it is applied: plan events and those of its indicators",
            description = STREAM_DESCRIPTION)
    @GetMapping("/api/plans/{planId}/stream")
    SseEmitter plan(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                    @RequestHeader(name = LAST_EVENT_ID, required = false) Long lastEventId) {
        plans.require(user.tenant(), PlanId.of(planId));
        return live.subscribe(new PlanKey(user.tenant().value(), planId), null, checked(lastEventId));
    }

    @Operation(summary = "Every change of one indicator as it is applied; ids are those of its plan's feed",
            description = STREAM_DESCRIPTION)
    @GetMapping("/api/indicators/{indicatorId}/stream")
    SseEmitter indicator(@AuthenticationPrincipal KoersUser user, @PathVariable String indicatorId,
                         @RequestHeader(name = LAST_EVENT_ID, required = false) Long lastEventId) {
        PlanId planId = indicators.planOf(user.tenant(), IndicatorId.of(indicatorId));
        return live.subscribe(new PlanKey(user.tenant().value(), planId.value()), indicatorId, checked(lastEventId));
    }

    private static Long checked(Long lastEventId) {
        if (lastEventId != null && lastEventId < 0) {
            throw QueryRefusal.outOfRange(LAST_EVENT_ID, lastEventId, 0, Long.MAX_VALUE);
        }
        return lastEventId;
    }
}
