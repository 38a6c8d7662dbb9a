package be.koers.web.plan;

import be.koers.web.services.Eventually;
import be.koers.web.services.KoersServices;
import be.koers.web.services.ServiceRefusal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A plan as a page shows it, and the changes to its statements. Planners work on the draft view (the working plan:
 * with the open revision's changes); everybody else reads the plan as the query-service shows it by default.
 */
@Component
public class Plans {

    private final KoersServices services;
    private final Eventually eventually;
    private final PlanCache cache;

    Plans(KoersServices services, Eventually eventually, PlanCache cache) {
        this.services = services;
        this.eventually = eventually;
        this.cache = cache;
    }

    /**
     * The whole plan, in the planner's working view or the reader's default one. Asked for with the version last
     * seen ({@code If-None-Match}): the query-service still checks the user's token, and answers 304 when the plan
     * did not change, so a Ghent-scale tree is not sent and read again for every level a planner opens.
     */
    public Plan read(String planId, boolean working) {
        String view = working ? "draft" : null;
        PlanCache.Key key = PlanCache.Key.of(planId, view);
        Optional<PlanCache.Entry> known = cache.get(key);
        ResponseEntity<Plan> answer = services.query().get()
                .uri(builder -> builder.path("/api/plans/{planId}").queryParamIfPresent("view", Optional.ofNullable(view)).build(planId))
                .headers(headers -> known.ifPresent(entry -> headers.setIfNoneMatch(entry.etag())))
                .retrieve().toEntity(Plan.class);
        if (answer.getStatusCode().value() == 304 && known.isPresent()) {
            return known.get().plan();
        }
        Plan plan = answer.getBody();
        if (answer.getHeaders().getETag() != null) {
            cache.put(key, new PlanCache.Entry(answer.getHeaders().getETag(), plan));
        }
        return plan;
    }

    /** Once the query-service has a plan just drafted (it reads the legislature's and the plan's events apart). */
    public void awaitDrafted(String planId) {
        eventually.readOptional(() -> find(planId), plan -> true);
    }

    private Optional<Plan> find(String planId) {
        try {
            return Optional.of(read(planId, true));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** The working plan once it shows what the caller just changed (or after the bound, as it is). */
    public Plan readOnceShowing(String planId, Predicate<Plan> shows) {
        return eventually.read(() -> read(planId, true), shows);
    }

    record Mission(String mission) {
    }

    record Vision(String vision) {
    }

    record CoreValues(List<String> coreValues) {
    }

    Plan setMission(String planId, String mission) {
        put(planId, "/mission", new Mission(mission));
        return readOnceShowing(planId, plan -> Objects.equals(blankAsNull(plan.mission()), blankAsNull(mission)));
    }

    Plan setVision(String planId, String vision) {
        put(planId, "/vision", new Vision(vision));
        return readOnceShowing(planId, plan -> Objects.equals(blankAsNull(plan.vision()), blankAsNull(vision)));
    }

    Plan setCoreValues(String planId, List<String> coreValues) {
        put(planId, "/core-values", new CoreValues(coreValues));
        return readOnceShowing(planId, plan -> plan.coreValues().equals(coreValues));
    }

    private void put(String planId, String statement, Object body) {
        services.command().put().uri("/api/plans/{planId}" + statement, planId).body(body).retrieve().toBodilessEntity();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
