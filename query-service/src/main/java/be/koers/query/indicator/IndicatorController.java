package be.koers.query.indicator;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Reading the indicators of the caller's administration: one with its scores, or all of a plan. */
@RestController
class IndicatorController {

    private final IndicatorQueries queries;

    IndicatorController(IndicatorQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "One indicator: definition, targets, the current score of every period with its status, and every value ever recorded")
    @GetMapping("/api/indicators/{indicatorId}")
    IndicatorView indicator(@AuthenticationPrincipal KoersUser user,
                            @PathVariable String indicatorId) {
        return queries.detail(user.tenant(), IndicatorId.of(indicatorId));
    }

    @Operation(summary = "The plan's indicators in definition order, each with the status of its latest scored period")
    @GetMapping("/api/plans/{planId}/indicators")
    List<IndicatorSummary> ofPlan(@AuthenticationPrincipal KoersUser user,
                                  @PathVariable String planId) {
        return queries.ofPlan(user.tenant(), PlanId.of(planId));
    }
}
