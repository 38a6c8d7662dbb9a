package be.koers.reporting.realisation;

import be.koers.planning.api.plan.Level;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.realisation.UnplannedWorkCause;

import java.math.BigDecimal;
import java.util.List;

/**
 * One activity or action in the realisation view.
 *
 * @param edition the first adopted edition that held it; null for unplanned work
 */
public record RealisedItem(
        String itemId,
        String title,
        Level level,
        String department,
        List<String> policyFields,
        List<String> targetGroups,
        List<String> subAreas,
        boolean planned,
        Integer edition,
        ProgressStatus progress,
        int percentComplete,
        Outcome outcome,
        PolicyKind kind,
        UnplannedWorkCause cause,
        String causeExplanation,
        BigDecimal estimatedExpenditure,
        BigDecimal actualExpenditure) {

    Tally tally() {
        return new Tally(1, estimatedExpenditure, actualExpenditure);
    }
}
