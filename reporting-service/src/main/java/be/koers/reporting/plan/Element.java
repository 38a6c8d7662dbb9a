package be.koers.reporting.plan;

import be.koers.planning.api.plan.Level;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.realisation.UnplannedWorkCause;

import java.time.LocalDate;

/**
 * A goal, action plan or item as reports see it.
 *
 * @param planned       false for unplanned work (spontaneous policy)
 * @param firstEdition  the first adopted edition that held it; null while it is only in a draft or an open revision
 * @param progress      null for elements that are not items, and for items nobody reported on yet
 * @param continues     the element of an earlier legislature's plan it carries over, or null
 */
public record Element(
        String id,
        String parentId,
        Level level,
        String title,
        String intendedResult,
        boolean priority,
        Classification classification,
        String department,
        String politicalOwner,
        LocalDate realisationStart,
        LocalDate realisationEnd,
        boolean planned,
        Integer firstEdition,
        boolean retired,
        String retiredReason,
        UnplannedWorkCause cause,
        String causeExplanation,
        ProgressStatus progress,
        int percentComplete,
        ElementRef continues) {

    public boolean isActive() {
        return !retired;
    }

    public boolean inAdoptedPlan() {
        return planned && firstEdition != null;
    }

    Element classifiedAs(Classification effective) {
        return new Element(id, parentId, level, title, intendedResult, priority, effective, department, politicalOwner,
                realisationStart, realisationEnd, planned, firstEdition, retired, retiredReason, cause, causeExplanation,
                progress, percentComplete, continues);
    }
}
