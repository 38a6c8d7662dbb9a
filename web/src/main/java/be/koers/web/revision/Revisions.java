package be.koers.web.revision;

import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.KoersServices;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A plan's life after drafting: its first adoption, revisions opened, adopted as the next edition or discarded (the
 * command-service), and its history: editions, revisions and what changed between two moments (the
 * query-service). Each change waits (bounded) until the working plan shows it.
 */
@Component
class Revisions {

    private static final ParameterizedTypeReference<List<Edition>> EDITIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Revision>> REVISIONS = new ParameterizedTypeReference<>() {
    };

    private final KoersServices services;
    private final Plans plans;

    Revisions(KoersServices services, Plans plans) {
        this.services = services;
        this.plans = plans;
    }

    /** The council's decision: the date it was taken and its reference, for a plan's adoption and a revision's. */
    record Decision(LocalDate decisionDate, String decisionReference) {
    }

    record Opening(String name, String description) {
    }

    record Discarding(String reason) {
    }

    List<Edition> editions(String planId) {
        return services.query().get().uri("/api/plans/{planId}/editions", planId).retrieve().body(EDITIONS);
    }

    List<Revision> revisions(String planId) {
        return services.query().get().uri("/api/plans/{planId}/revisions", planId).retrieve().body(REVISIONS);
    }

    /** From one edition to another. */
    PlanDiff diff(String planId, int fromEdition, int toEdition) {
        return services.query().get().uri(builder -> builder.path("/api/plans/{planId}/diff")
                        .queryParam("fromEdition", fromEdition).queryParam("toEdition", toEdition).build(planId))
                .retrieve().body(PlanDiff.class);
    }

    /** From an edition to the working plan as it is now: what the open revision changes. */
    PlanDiff diffToNow(String planId, int fromEdition) {
        return services.query().get().uri(builder -> builder.path("/api/plans/{planId}/diff")
                        .queryParam("fromEdition", fromEdition).queryParam("to", Instant.now().toString()).build(planId))
                .retrieve().body(PlanDiff.class);
    }

    void adoptPlan(String planId, Decision decision) {
        services.command().post().uri("/api/plans/{planId}/adoption", planId).body(decision).retrieve().toBodilessEntity();
        plans.readOnceShowing(planId, plan -> plan.edition() != null);
    }

    void open(Plan plan, Opening opening) {
        services.command().post().uri("/api/plans/{planId}/revisions", plan.planId()).body(opening).retrieve().toBodilessEntity();
        plans.readOnceShowing(plan.planId(), shown -> shown.openRevision() != null);
    }

    void adopt(Plan plan, Decision decision) {
        services.command().post().uri("/api/plans/{planId}/revisions/current/adoption", plan.planId()).body(decision)
                .retrieve().toBodilessEntity();
        plans.readOnceShowing(plan.planId(), shown -> shown.openRevision() == null && !Objects.equals(shown.edition(), plan.edition()));
    }

    void discard(Plan plan, Discarding discarding) {
        services.command().post().uri("/api/plans/{planId}/revisions/current/discard", plan.planId()).body(discarding)
                .retrieve().toBodilessEntity();
        plans.readOnceShowing(plan.planId(), shown -> shown.openRevision() == null);
    }
}
