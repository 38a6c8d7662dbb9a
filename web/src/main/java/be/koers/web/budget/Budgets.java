package be.koers.web.budget;

import be.koers.web.services.Eventually;
import be.koers.web.services.KoersServices;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Budgets: the plan's, rolled up the tree, and one element's lines, from the query-service; a year's estimate set
 * through the command-service. After estimating, a page waits (bounded) until the query side shows the figures.
 */
@Component
class Budgets {

    private final KoersServices services;
    private final Eventually eventually;

    Budgets(KoersServices services, Eventually eventually) {
        this.services = services;
        this.eventually = eventually;
    }

    /** {@code PUT /api/plans/{planId}/elements/{elementId}/budget/{year}}: revising an estimate needs a reason. */
    record Estimate(Figures figures, String reason) {
    }

    /** Rolled up along the working tree (with a revision's new elements) for planners, the adopted one for readers. */
    PlanBudget ofPlan(String planId, boolean working) {
        return services.query().get().uri(builder -> working
                        ? builder.path("/api/plans/{planId}/budget").queryParam("view", "draft").build(planId)
                        : builder.path("/api/plans/{planId}/budget").build(planId))
                .retrieve().body(PlanBudget.class);
    }

    ElementBudget ofElement(String planId, String elementId) {
        return services.query().get().uri("/api/plans/{planId}/elements/{elementId}/budget", planId, elementId)
                .retrieve().body(ElementBudget.class);
    }

    void estimate(String planId, String elementId, int year, Estimate estimate) {
        services.command().put().uri("/api/plans/{planId}/elements/{elementId}/budget/{year}", planId, elementId, year)
                .body(estimate).retrieve().toBodilessEntity();
    }

    /** Once the element's lines show these estimates (or after the bound). */
    void awaitEstimates(String planId, String elementId, Map<Integer, Figures> estimates) {
        eventually.read(() -> ofElement(planId, elementId), budget -> estimates.entrySet().stream()
                .allMatch(estimate -> budget.estimate(estimate.getKey()).map(estimate.getValue()::sameAs).orElse(false)));
    }
}
