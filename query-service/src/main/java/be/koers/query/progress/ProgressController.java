package be.koers.query.progress;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgressController {

    private final ProgressQueries queries;

    ProgressController(ProgressQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "How an activity or action stands, with every progress report made on it, oldest first")
    @GetMapping("/api/plans/{planId}/elements/{elementId}/progress")
    ItemProgressView progress(@AuthenticationPrincipal KoersUser user,
                              @PathVariable String planId, @PathVariable String elementId) {
        return queries.ofItem(user.tenant(), PlanId.of(planId), ElementId.of(elementId));
    }
}
