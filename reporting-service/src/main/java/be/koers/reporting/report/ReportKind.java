package be.koers.reporting.report;

/** The reports the service writes, by the path segment that names them. */
enum ReportKind {
    FOLLOW_UP("follow-up"),
    STRATEGIC_NOTE("strategic-note");

    private final String path;

    ReportKind(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
