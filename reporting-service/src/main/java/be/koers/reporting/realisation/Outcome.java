package be.koers.reporting.realisation;

import be.koers.planning.api.progress.ProgressStatus;
import be.koers.reporting.plan.Element;

/**
 * What became of an activity or action, judged from its progress as reported now (reporting-service/REPORTS.md):
 * done → realised; cancelled, or retired from the plan → cancelled; any other status with some percentage complete →
 * partly realised; nothing reported, or 0 % → not realised.
 */
public enum Outcome {
    REALISED, PARTLY_REALISED, NOT_REALISED, CANCELLED;

    static Outcome of(Element item) {
        if (item.progress() == ProgressStatus.DONE) {
            return REALISED;
        }
        if (item.progress() == ProgressStatus.CANCELLED || item.retired()) {
            return CANCELLED;
        }
        return item.percentComplete() > 0 ? PARTLY_REALISED : NOT_REALISED;
    }

    boolean carriedOut() {
        return this == REALISED || this == PARTLY_REALISED;
    }
}
