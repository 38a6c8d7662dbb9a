package be.koers.query.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as one view shows it: its statements, its status and its tree of elements.
 *
 * @param view         which state is shown: {@code adopted} (the edition in force) or {@code draft} (working state)
 * @param edition      the edition in force, null before the plan's adoption
 * @param openRevision the revision being worked on, null when none is open
 * @param decisionDate the council's decision of the edition in force, as is {@code decisionReference}
 * @param version      the sequence number of the last event of the plan's stream; the ETag, whatever the view
 */
public record PlanView(String planId, String legislatureId, String title, PlanTemplate template, PlanStatus status,
                       int firstYear, int lastYear, AdoptedOrDraft view,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Integer edition,
                       @JsonInclude(JsonInclude.Include.ALWAYS) OpenRevision openRevision,
                       String mission, String vision, List<String> coreValues,
                       LocalDate decisionDate, String decisionReference, String closedReason, long version,
                       List<ElementNode> elements) {

    static PlanView of(PlanRow plan, AdoptedOrDraft view, Statements statements, List<ElementNode> elements) {
        return new PlanView(plan.planId(), plan.legislatureId(), plan.title(), plan.template(), plan.status(),
                plan.firstYear(), plan.lastYear(), view, plan.edition(), plan.openRevision(),
                statements.mission(), statements.vision(), statements.coreValues(),
                plan.decisionDate(), plan.decisionReference(), plan.closedReason(), plan.version(), elements);
    }
}
