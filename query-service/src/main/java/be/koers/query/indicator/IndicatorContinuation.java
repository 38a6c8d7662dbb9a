package be.koers.query.indicator;

/** The indicator of an earlier legislature's plan that an indicator continues, so the two series read as one. */
public record IndicatorContinuation(String indicatorId, String planId) {

    /** {@code indicator I of plan P}: how the audit trail writes it. */
    public String text() {
        return "indicator " + indicatorId + " of plan " + planId;
    }
}
