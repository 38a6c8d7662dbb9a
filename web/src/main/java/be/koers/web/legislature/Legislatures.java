package be.koers.web.legislature;

import be.koers.planning.api.plan.PlanTemplate;
import be.koers.web.plan.Plans;
import be.koers.web.services.Accepted;
import be.koers.web.services.Eventually;
import be.koers.web.services.KoersServices;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import java.util.List;

/** The administration's legislatures: read from the query-service, created and given a plan by the command-service. */
@Component
class Legislatures {

    private static final ParameterizedTypeReference<List<Legislature>> LIST = new ParameterizedTypeReference<>() {
    };

    private final KoersServices services;
    private final Eventually eventually;

    private final Plans plans;

    Legislatures(KoersServices services, Eventually eventually, Plans plans) {
        this.services = services;
        this.eventually = eventually;
        this.plans = plans;
    }

    record CreateLegislature(String name, Integer firstYear, Integer lastYear) {
    }

    record DraftPlan(String title, PlanTemplate template) {
    }

    /** Oldest first, as the query-service orders them. */
    List<Legislature> all() {
        return services.query().get().uri("/api/legislatures").retrieve().body(LIST);
    }

    /** Creates it and waits until the list shows it; its id. */
    String create(CreateLegislature legislature) {
        String id = Accepted.idOf(services.command().post().uri("/api/legislatures").body(legislature)
                .retrieve().body(Accepted.class));
        eventually.read(this::all, all -> all.stream().anyMatch(shown -> shown.legislatureId().equals(id)));
        return id;
    }

    /** Drafts the legislature's plan with a template and waits until the list and the plan show it; the plan's id. */
    String draftPlan(String legislatureId, DraftPlan plan) {
        String planId = Accepted.idOf(services.command().post().uri("/api/legislatures/{id}/plan", legislatureId)
                .body(plan).retrieve().body(Accepted.class));
        eventually.read(this::all, all -> all.stream().anyMatch(shown -> planId.equals(shown.planId())));
        plans.awaitDrafted(planId);
        return planId;
    }
}
