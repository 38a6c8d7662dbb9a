package be.koers.reporting.continuity;

import be.koers.planning.api.shared.TenantId;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanFactsRepository;
import be.koers.reporting.plan.PlanSummary;
import be.koers.reporting.plan.View;
import be.koers.support.problem.RequestRefused;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Legislatures compared: what the new plan carries over from the previous one, drops and adds. */
@RestController
@Tag(name = "Legislature comparison")
class ComparisonController {

    private final PlanFactsRepository plans;
    private final LegislatureComparer comparer;

    ComparisonController(PlanFactsRepository plans, LegislatureComparer comparer) {
        this.plans = plans;
        this.comparer = comparer;
    }

    @GetMapping("/api/plans/{planId}/comparison")
    @Operation(summary = "Compare a plan with the plan of the previous legislature (or previousPlanId): goals carried over, dropped and new, budget shift per policy field and per goal, continuing indicators")
    LegislatureComparison compare(@PathVariable String planId, @RequestParam(required = false) String previousPlanId,
                                  @AuthenticationPrincipal KoersUser user) {
        PlanFacts current = plans.load(user.tenant(), planId, View.ADOPTED);
        String previous = previousPlanId != null ? earlier(user.tenant(), current.plan(), previousPlanId) : previousOf(user.tenant(), current);
        return comparer.compare(plans.load(user.tenant(), previous, View.ADOPTED), current);
    }

    @GetMapping("/api/legislatures/{legislatureId}/comparison")
    @Operation(summary = "Compare the plan of a legislature with the plan of the legislature before it")
    LegislatureComparison compareLegislature(@PathVariable String legislatureId, @AuthenticationPrincipal KoersUser user) {
        return compare(plans.planOfLegislature(user.tenant(), legislatureId), null, user);
    }

    private String earlier(TenantId tenant, PlanSummary current, String previousPlanId) {
        PlanSummary previous = plans.summary(tenant, previousPlanId)
                .orElseThrow(() -> PlanFactsRepository.unknownPlan("previousPlanId", previousPlanId));
        if (previous.lastYear() >= current.firstYear()) {
            throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "previousPlanId", "previous-legislature-required",
                    "Plan " + previousPlanId + " (" + previous.firstYear() + "-" + previous.lastYear()
                            + ") does not belong to a legislature before " + current.firstYear() + "-" + current.lastYear() + ".");
        }
        return previousPlanId;
    }

    /**
     * The earlier plan most of this plan's continuations refer to; without continuations, the plan of the latest
     * legislature that ended before this one began.
     */
    private String previousOf(TenantId tenant, PlanFacts current) {
        List<PlanSummary> earlier = plans.plansOf(tenant).stream()
                .filter(plan -> plan.lastYear() < current.plan().firstYear())
                .toList();
        Map<String, Long> continuedPlans = current.elements().stream()
                .filter(element -> element.continues() != null)
                .collect(Collectors.groupingBy(element -> element.continues().planId(), Collectors.counting()));
        return earlier.stream()
                .max(Comparator.comparing((PlanSummary plan) -> continuedPlans.getOrDefault(plan.planId(), 0L))
                        .thenComparing(PlanSummary::lastYear))
                .map(PlanSummary::planId)
                .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, "previousPlanId", "no-previous-legislature",
                        "Your administration has no plan of a legislature before " + current.plan().firstYear() + "-"
                                + current.plan().lastYear() + " to compare with."));
    }
}
