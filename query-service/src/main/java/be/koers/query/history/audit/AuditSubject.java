package be.koers.query.history.audit;

import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;

/**
 * Something whose fields the trail's lines change from one value to the next and whose "from" values the trail keeps
 * itself ({@link SubjectValues}): a plan's status and edition, an indicator's definition, an item's progress, one side
 * of an element's budget for a year, each of one plan. Elements and statements are the history's versions instead.
 */
record AuditSubject(PlanId planId, String key) {

    static AuditSubject plan(PlanId planId) {
        return new AuditSubject(planId, "plan:" + planId.value());
    }

    static AuditSubject indicator(PlanId planId, IndicatorId indicatorId) {
        return new AuditSubject(planId, "indicator:" + indicatorId.value());
    }

    static AuditSubject progress(PlanId planId, ElementId itemId) {
        return new AuditSubject(planId, "progress:" + planId.value() + ":" + itemId.value());
    }

    static AuditSubject budget(PlanId planId, ElementId elementId, int year, BudgetSide side) {
        return new AuditSubject(planId, "budget:" + planId.value() + ":" + elementId.value() + ":" + year + ":" + side.key);
    }

    /** An element's budget for a year is estimated and revised on one side, its actuals recorded on the other. */
    enum BudgetSide {
        ESTIMATE("estimate"), ACTUAL("actual");

        private final String key;

        BudgetSide(String key) {
            this.key = key;
        }
    }
}
