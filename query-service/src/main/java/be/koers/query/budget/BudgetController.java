package be.koers.query.budget;

import be.koers.planning.api.plan.ElementId;
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

/** Reading budgets of a plan of the caller's administration: the rolled-up tree, or one element with its history. */
@RestController
class BudgetController {

    private final BudgetQueries queries;

    BudgetController(BudgetQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "The plan's active elements with their own and rolled-up estimates and actuals per year, and the plan's totals",
            description = "Amounts are exact decimals in euro with two decimals; staffFte in full-time equivalents.")
    @GetMapping("/api/plans/{planId}/budget")
    PlanBudgetView plan(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                        @Parameter(description = "Only this year of the legislature") @RequestParam(required = false) Integer year,
                        @Parameter(description = "The tree the budgets roll up along: adopted (default once adopted) or draft")
                        @RequestParam(required = false) AdoptedOrDraft view) {
        return queries.ofPlan(user.tenant(), PlanId.of(planId), year, view);
    }

    @Operation(summary = "One element's budget lines per year and its history: estimates, revisions with their reason, actuals")
    @GetMapping("/api/plans/{planId}/elements/{elementId}/budget")
    ElementBudgetView element(@AuthenticationPrincipal KoersUser user, @PathVariable String planId,
                              @PathVariable String elementId) {
        return queries.ofElement(user.tenant(), PlanId.of(planId), ElementId.of(elementId));
    }
}
