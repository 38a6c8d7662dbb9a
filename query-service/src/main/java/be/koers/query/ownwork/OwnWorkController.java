package be.koers.query.ownwork;

import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OwnWorkController {

    private final OwnWorkQueries queries;

    OwnWorkController(OwnWorkQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The plan's active items and indicators that belong to the caller's departments",
            description = "The caller's departments are the administration's departments (GET /api/tenant) that the"
                    + " department values of their token name, by the administration's departmentMatch rule (ID, NAME"
                    + " or GROUP); an item or indicator is theirs when its owner department is such a department's id or"
                    + " its Dutch or English name, in any case. The working plan is read (the draft view). When the token"
                    + " names none of the departments, departments, items and indicators are empty.")
    @GetMapping("/api/plans/{planId}/mine")
    OwnWorkView mine(@AuthenticationPrincipal KoersUser user, @PathVariable String planId) {
        return queries.answer(user, PlanId.of(planId));
    }
}
