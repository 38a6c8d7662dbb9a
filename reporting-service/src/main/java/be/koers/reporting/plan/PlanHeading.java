package be.koers.reporting.plan;

/** What a report says about the plan it is about. */
public record PlanHeading(String planId, String title, String legislatureId, String legislature, int firstYear,
                          int lastYear, int edition) {

    public static PlanHeading of(PlanSummary plan) {
        return new PlanHeading(plan.planId(), plan.title(), plan.legislatureId(), plan.legislatureLabel(),
                plan.firstYear(), plan.lastYear(), plan.edition());
    }
}
