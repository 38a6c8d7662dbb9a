package be.koers.reporting.continuity;

import be.koers.planning.api.shared.TenantId;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanFactsRepository;
import be.koers.reporting.plan.PlanSummary;
import be.koers.support.problem.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which earlier plan a plan is compared with. */
@Component
class PreviousPlans {

    private final PlanFactsRepository plans;

    PreviousPlans(PlanFactsRepository plans) {
        this.plans = plans;
    }

    /** The plan asked for, if it is the administration's and of an earlier legislature. */
    String checked(TenantId tenant, PlanSummary current, String previousPlanId) {
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
    String of(TenantId tenant, PlanFacts current) {
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
