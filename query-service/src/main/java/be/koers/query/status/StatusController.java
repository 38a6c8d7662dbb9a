package be.koers.query.status;

import be.koers.planning.api.plan.PlanId;
import be.koers.query.plan.AdoptedOrDraft;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

    private final PlanStatusQueries queries;

    StatusController(PlanStatusQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Today's status of the plan and of every active element, rolled up from indicators, progress and children",
            description = "ON_TRACK, AT_RISK, OFF_TRACK or NO_DATA; the rules are in query-service/STATUS-RULES.md.")
    @GetMapping("/api/plans/{planId}/status")
    PlanStatusView status(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                          @Parameter(description = "The tree judged: adopted (default once adopted) or draft")
                          @RequestParam(required = false) AdoptedOrDraft view) {
        return queries.answer(user.tenant(), PlanId.of(planId), view);
    }
}
