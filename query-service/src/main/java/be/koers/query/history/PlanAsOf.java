package be.koers.query.history;

import be.koers.planning.api.plan.PlanTemplate;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.PlanRow;
import be.koers.query.plan.Statements;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A plan as it stood at one moment of its history: the same shape as the plan tree, with the moment it shows
 * ({@code edition}, {@code decisionDate}, {@code decisionReference} of the edition shown or then in force, and
 * {@code instant}) instead of the current version and status.
 */
public record PlanAsOf(String planId, String legislatureId, String title, PlanTemplate template, int firstYear, int lastYear,
                       @JsonUnwrapped PointInHistory moment, String mission, String vision, List<String> coreValues,
                       List<ElementNode> elements) {

    static PlanAsOf of(PlanRow plan, PointInHistory moment, Statements statements, List<ElementNode> elements) {
        return new PlanAsOf(plan.planId(), plan.legislatureId(), plan.title(), plan.template(), plan.firstYear(),
                plan.lastYear(), moment, statements.mission(), statements.vision(), statements.coreValues(), elements);
    }
}
