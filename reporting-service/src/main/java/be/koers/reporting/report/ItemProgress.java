package be.koers.reporting.report;

import be.koers.planning.api.progress.ProgressStatus;
import be.koers.reporting.plan.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a set of activities and actions is doing: counted by status, and their average percentage complete (a fraction;
 * cancelled items left out, since they will not be completed).
 */
record ItemProgress(int total, int done, int underway, int notStarted, int cancelled, BigDecimal averageComplete) {

    static ItemProgress of(List<Element> items) {
        int done = 0;
        int underway = 0;
        int notStarted = 0;
        int cancelled = 0;
        long percentSum = 0;
        for (Element item : items) {
            ProgressStatus status = item.progress() == null ? ProgressStatus.NOT_STARTED : item.progress();
            switch (status) {
                case DONE -> done++;
                case CANCELLED -> cancelled++;
                case NOT_STARTED -> notStarted++;
                case STARTED, ON_HOLD, POSTPONED -> underway++;
            }
            if (status != ProgressStatus.CANCELLED) {
                percentSum += item.percentComplete();
            }
        }
        int counted = items.size() - cancelled;
        BigDecimal average = counted == 0 ? null
                : BigDecimal.valueOf(percentSum).divide(BigDecimal.valueOf(counted * 100L), 4, RoundingMode.HALF_UP);
        return new ItemProgress(items.size(), done, underway, notStarted, cancelled, average);
    }
}
