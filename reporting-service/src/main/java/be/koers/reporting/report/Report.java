package be.koers.reporting.report;

import be.koers.reporting.document.ReportDocument;

/** A written report with the name its files get, such as {@code follow-up-<plan>-2027}. */
record Report(ReportKind kind, String baseName, ReportDocument document) {
}
