package be.koers.reporting.report;

import be.koers.reporting.plan.PlanSummary;

import java.util.Locale;

/** What reports call things that have no display name of their own yet. */
final class ReportNames {

    private ReportNames() {
    }

    /** The administration is known by its tenant id ("koersbeke"); reports show it as a name ("Koersbeke"). */
    static String administration(PlanSummary plan) {
        String tenant = plan.tenant();
        return tenant.isEmpty() ? tenant : tenant.substring(0, 1).toUpperCase(Locale.ROOT) + tenant.substring(1);
    }
}
