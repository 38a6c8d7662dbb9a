package be.koers.reporting.progress;

import be.koers.planning.api.progress.ProgressStatus;

/** Where an activity or action stands by its last progress report. */
public record ReportedProgress(ProgressStatus status, int percentComplete) {
}
