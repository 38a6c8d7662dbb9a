package be.koers.query.indicator;

/** An indicator is measured until it is retired; its scores stay readable afterwards. */
public enum IndicatorStatus {
    ACTIVE, RETIRED
}
