package be.koers.query.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;

import java.time.LocalDate;
import java.util.List;

/** What a plan currently says: its statements, its status and its tree of elements. */
public record PlanView(String planId, String legislatureId, String title, PlanTemplate template, PlanStatus status,
                       int firstYear, int lastYear, String mission, String vision, List<String> coreValues,
                       LocalDate decisionDate, String decisionReference, String closedReason, long version,
                       List<ElementNode> elements) {

    static PlanView of(PlanRow plan, List<ElementNode> elements) {
        return new PlanView(plan.planId(), plan.legislatureId(), plan.title(), plan.template(), plan.status(),
                plan.firstYear(), plan.lastYear(), plan.mission(), plan.vision(), plan.coreValues(),
                plan.decisionDate(), plan.decisionReference(), plan.closedReason(), plan.version(), elements);
    }
}
