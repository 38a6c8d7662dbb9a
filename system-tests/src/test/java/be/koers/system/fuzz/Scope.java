package be.koers.system.fuzz;

import be.koers.system.fuzz.FuzzFixture.PlanData;
import be.koers.system.fuzz.FuzzFixture.TenantData;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The plan one request is about: its valid ids all name things of this plan (and of the previous legislature's plan
 * for continuations), so that a valid request can succeed; the other tenant gives the ids that must not be found.
 */
record Scope(PlanData plan, TenantData own, TenantData other, Random random) {

    /** Which existing thing a field names, by its name; null for a field that is no id. */
    enum IdKind { LEGISLATURE, PLAN, PREVIOUS_PLAN, ELEMENT, GOAL, ACTION_PLAN, ITEM, PREVIOUS_ELEMENT, INDICATOR, PREVIOUS_INDICATOR, NEW }

    /**
     * The kind of id a parameter or body field holds. In the body of an operation that creates, the id of what it
     * creates (id, legislatureId, planId, itemId) is a new one the client chooses.
     */
    static IdKind idKind(String name, boolean inBodyOfCreate) {
        return switch (name) {
            case "id" -> IdKind.NEW;
            case "legislatureId" -> inBodyOfCreate ? IdKind.NEW : IdKind.LEGISLATURE;
            case "planId" -> inBodyOfCreate ? IdKind.NEW : IdKind.PLAN;
            case "itemId" -> inBodyOfCreate ? IdKind.NEW : IdKind.ITEM;
            case "previousPlanId" -> IdKind.PREVIOUS_PLAN;
            case "previousElementId" -> IdKind.PREVIOUS_ELEMENT;
            case "previousIndicatorId" -> IdKind.PREVIOUS_INDICATOR;
            case "indicatorId" -> IdKind.INDICATOR;
            case "goalId" -> IdKind.GOAL;
            case "actionPlanId" -> IdKind.ACTION_PLAN;
            case "elementId", "parentId", "linkedElements" -> IdKind.ELEMENT;
            default -> null;
        };
    }

    String existing(IdKind kind) {
        PlanData previous = plan.previous() != null ? plan.previous() : plan;
        return switch (kind) {
            case LEGISLATURE -> random.nextBoolean() ? plan.legislatureId() : pick(own.legislaturesWithoutPlan());
            case PLAN -> plan.planId();
            case PREVIOUS_PLAN -> previous.planId();
            case ELEMENT -> pick(plan.elements());
            case GOAL -> pick(plan.goals());
            case ACTION_PLAN -> pick(plan.actionPlans().isEmpty() ? plan.elements() : plan.actionPlans());
            case ITEM -> pick(plan.items());
            case PREVIOUS_ELEMENT -> pick(previous.elements());
            case INDICATOR -> pick(plan.indicators());
            case PREVIOUS_INDICATOR -> pick(previous.indicators());
            case NEW -> "fz-new-" + Long.toHexString(random.nextLong() >>> 16);
        };
    }

    /** An id of this tenant that names something of another kind: a plan where an indicator is meant, and so on. */
    String ofAnotherKind(IdKind kind) {
        List<String> others = switch (kind) {
            case PLAN, PREVIOUS_PLAN -> Stream.of(plan.indicators(), plan.elements(), own.legislatures()).flatMap(List::stream).toList();
            case INDICATOR, PREVIOUS_INDICATOR -> Stream.of(List.of(plan.planId()), plan.elements(), own.legislatures()).flatMap(List::stream).toList();
            case LEGISLATURE -> Stream.of(List.of(plan.planId()), plan.indicators()).flatMap(List::stream).toList();
            default -> Stream.of(List.of(plan.planId()), plan.indicators(), own.legislatures()).flatMap(List::stream).toList();
        };
        return pick(others);
    }

    /** The same kind of id, of the other tenant: it must answer as an unknown one does. */
    String ofOtherTenant(IdKind kind) {
        PlanData theirs = other.plans().get(0);
        return switch (kind) {
            case LEGISLATURE -> pick(other.legislatures());
            case PLAN, PREVIOUS_PLAN -> theirs.planId();
            case INDICATOR, PREVIOUS_INDICATOR -> pick(theirs.indicators());
            default -> pick(theirs.elements());
        };
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
