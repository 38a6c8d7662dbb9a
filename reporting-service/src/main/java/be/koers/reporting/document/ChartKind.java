package be.koers.reporting.document;

public enum ChartKind {
    /** Series side by side per category. */
    BAR,
    /** Series stacked per category, such as a budget split into spent and remaining. */
    STACKED_BAR,
    LINE,
    /** The share of each category in the one series. */
    PIE
}
