package be.koers.web.continuity;

import be.koers.web.services.Eventually;
import be.koers.web.services.KoersServices;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which elements of a plan carry over those of the previous legislature's plan: both plans read from the
 * query-service, continuations declared and withdrawn through the command-service, each change awaited (bounded)
 * until the query side shows it.
 */
@Component
class Continuations {

    private static final ParameterizedTypeReference<List<EarlierPlan>> LEGISLATURES = new ParameterizedTypeReference<>() {
    };

    private final KoersServices services;
    private final Eventually eventually;

    Continuations(KoersServices services, Eventually eventually) {
        this.services = services;
        this.eventually = eventually;
    }

    /** A legislature as {@code GET /api/legislatures} answers it, with its plan (null before it has one). */
    record EarlierPlan(String legislatureId, String name, int firstYear, int lastYear, String planId) {
    }

    record Declaration(String previousPlanId, String previousElementId) {
    }

    record Withdrawal(String reason) {
    }

    /** The working plan for planners (a revision's new elements can continue too), the default view for readers. */
    ContinuityPlan plan(String planId, boolean working) {
        return services.query().get().uri(builder -> working
                        ? builder.path("/api/plans/{planId}").queryParam("view", "draft").build(planId)
                        : builder.path("/api/plans/{planId}").build(planId))
                .retrieve().body(ContinuityPlan.class);
    }

    /** The plans of the legislatures that ended before this plan's began, the latest first: what it can continue. */
    List<EarlierPlan> earlierThan(ContinuityPlan plan) {
        return services.query().get().uri("/api/legislatures").retrieve().body(LEGISLATURES).stream()
                .filter(legislature -> legislature.planId() != null && legislature.lastYear() < plan.firstYear())
                .sorted(Comparator.comparingInt(EarlierPlan::lastYear).reversed())
                .toList();
    }

    void declare(String planId, String elementId, Declaration declaration) {
        services.command().put().uri("/api/plans/{planId}/elements/{elementId}/continuation", planId, elementId)
                .body(declaration).retrieve().toBodilessEntity();
        awaitContinuation(planId, elementId, new ContinuityPlan.Continues(declaration.previousPlanId(), declaration.previousElementId()));
    }

    void withdraw(String planId, String elementId, String reason) {
        services.command().method(HttpMethod.DELETE).uri("/api/plans/{planId}/elements/{elementId}/continuation", planId, elementId)
                .body(new Withdrawal(reason)).retrieve().toBodilessEntity();
        awaitContinuation(planId, elementId, null);
    }

    private void awaitContinuation(String planId, String elementId, ContinuityPlan.Continues continues) {
        eventually.read(() -> plan(planId, true), plan -> plan.element(elementId)
                .map(element -> Objects.equals(element.continues(), continues)).orElse(true));
    }
}
