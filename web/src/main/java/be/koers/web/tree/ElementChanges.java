package be.koers.web.tree;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.Tags;
import be.koers.web.plan.Element;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.Accepted;
import be.koers.web.services.KoersServices;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * The changes of the goal tree, each sent to the command-service as the signed-in planner; each answers the working
 * plan once the query-service shows the change (read-your-writes, bounded), so the page shows what was just done.
 */
@Component
class ElementChanges {

    private final KoersServices services;
    private final Plans plans;

    ElementChanges(KoersServices services, Plans plans) {
        this.services = services;
        this.plans = plans;
    }

    record DefineGoal(String parentId, Level level, String title, String description) {
    }

    record DefineActionPlan(String parentId, String title, String description, Period realisationTerm) {
    }

    record DefineItem(String parentId, Level level, String title, String description, Owner owner,
                      ActionType actionType, Period period) {
    }

    record ReviseGoal(String title, String description, String intendedResult, boolean priority) {
    }

    record ReviseActionPlan(String title, String description, Period realisationTerm) {
    }

    record ReviseItem(String title, String description, ActionType actionType, List<String> preconditions, Period period) {
    }

    record Move(String parentId) {
    }

    record Reason(String reason) {
    }

    /** Adds a goal, action plan, activity or action (by its level); the plan with it, and its id. */
    Added add(String planId, TreeForms.Add form) {
        Level level = form.level();
        String path;
        Object body;
        if (level == Level.ACTION_PLAN) {
            path = "/action-plans";
            body = new DefineActionPlan(form.parentIdOrNull(), form.title(), form.description(), form.period());
        } else if (level != null && level.isItem()) {
            path = "/items";
            body = new DefineItem(form.parentIdOrNull(), level, form.title(), form.description(), form.owner(),
                    level == Level.ACTION ? form.actionType() : null, form.period());
        } else {
            path = "/goals";
            body = new DefineGoal(form.parentIdOrNull(), level, form.title(), form.description());
        }
        String id = Accepted.idOf(services.command().post().uri("/api/plans/{planId}" + path, planId).body(body)
                .retrieve().body(Accepted.class));
        return new Added(id, plans.readOnceShowing(planId, plan -> plan.element(id).isPresent()));
    }

    record Added(String elementId, Plan plan) {
    }

    /** A new title and description; the element's other fields as they are. */
    Plan revise(String planId, Element element, String title, String description) {
        Object body;
        String path;
        if (element.level() == Level.ACTION_PLAN) {
            path = "/action-plans/{id}";
            body = new ReviseActionPlan(title, description, element.period());
        } else if (element.isItem()) {
            path = "/items/{id}";
            body = new ReviseItem(title, description, element.actionType(), element.preconditions(), element.period());
        } else {
            path = "/goals/{id}";
            body = new ReviseGoal(title, description, element.intendedResult(), Boolean.TRUE.equals(element.priority()));
        }
        put(planId, path, element.elementId(), body);
        return awaitElement(planId, element.elementId(), shown -> Objects.equals(shown.title(), title)
                && Objects.equals(blankAsNull(shown.description()), blankAsNull(description)));
    }

    Plan move(String planId, String elementId, String parentId) {
        put(planId, "/elements/{id}/parent", elementId, new Move(parentId));
        return awaitElement(planId, elementId, shown -> Objects.equals(shown.parentId(), parentId));
    }

    Plan reassign(String planId, String elementId, Owner owner) {
        put(planId, "/items/{id}/owner", elementId, owner);
        return awaitElement(planId, elementId, shown -> Objects.equals(shown.owner(), owner));
    }

    Plan retag(String planId, String elementId, Tags tags) {
        put(planId, "/elements/{id}/tags", elementId, tags);
        return awaitElement(planId, elementId, shown -> Objects.equals(shown.tags(), tags));
    }

    /** Retired elements leave the working tree (which shows active ones): done when it is gone from there. */
    Plan retire(String planId, String elementId, String reason) {
        services.command().post().uri("/api/plans/{planId}/elements/{id}/retirement", planId, elementId)
                .body(new Reason(reason)).retrieve().toBodilessEntity();
        return plans.readOnceShowing(planId, plan -> plan.element(elementId).map(Element::retired).orElse(true));
    }

    private void put(String planId, String path, String elementId, Object body) {
        services.command().put().uri("/api/plans/{planId}" + path, planId, elementId).body(body).retrieve().toBodilessEntity();
    }

    private Plan awaitElement(String planId, String elementId, java.util.function.Predicate<Element> shows) {
        return plans.readOnceShowing(planId, plan -> plan.element(elementId).map(shows::test).orElse(false));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
