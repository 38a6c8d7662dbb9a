package be.koers.reporting.continuity;

import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanFactsRepository;
import be.koers.reporting.plan.AdoptedOrDraft;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Legislatures compared: what the new plan carries over from the previous one, drops and adds. */
@RestController
@Tag(name = "Legislature comparison")
class ComparisonController {

    private final PlanFactsRepository plans;
    private final PreviousPlans previousPlans;
    private final LegislatureComparer comparer;

    ComparisonController(PlanFactsRepository plans, PreviousPlans previousPlans, LegislatureComparer comparer) {
        this.plans = plans;
        this.previousPlans = previousPlans;
        this.comparer = comparer;
    }

    @GetMapping("/api/plans/{planId}/comparison")
    @Operation(summary = "Compare a plan with the plan of the previous legislature (or previousPlanId): goals carried over, dropped and new, budget shift per policy field and per goal, continuing indicators")
    LegislatureComparison compare(@PathVariable String planId, @RequestParam(required = false) String previousPlanId,
                                  @AuthenticationPrincipal KoersUser user) {
        PlanFacts current = plans.load(user.tenant(), planId, AdoptedOrDraft.ADOPTED);
        String previous = previousPlanId != null ? previousPlans.checked(user.tenant(), current.plan(), previousPlanId)
                : previousPlans.of(user.tenant(), current);
        return comparer.compare(plans.load(user.tenant(), previous, AdoptedOrDraft.ADOPTED), current);
    }

    @GetMapping("/api/legislatures/{legislatureId}/comparison")
    @Operation(summary = "Compare the plan of a legislature with the plan of the legislature before it")
    LegislatureComparison compareLegislature(@PathVariable String legislatureId, @AuthenticationPrincipal KoersUser user) {
        return compare(plans.planOfLegislature(user.tenant(), legislatureId), null, user);
    }
}
