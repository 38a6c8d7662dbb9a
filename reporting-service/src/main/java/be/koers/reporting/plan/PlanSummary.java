package be.koers.reporting.plan;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;

import java.time.LocalDate;
import java.util.List;

/** A plan with its legislature and its plan-level statements. */
public record PlanSummary(
        String planId,
        String tenant,
        String legislatureId,
        String legislatureName,
        String title,
        PlanTemplate template,
        int firstYear,
        int lastYear,
        PlanStatus status,
        int edition,
        LocalDate adoptedOn,
        boolean revisionOpen,
        String mission,
        String vision,
        List<String> coreValues) {

    public String legislatureLabel() {
        return legislatureName != null ? legislatureName : firstYear + "-" + lastYear;
    }
}
