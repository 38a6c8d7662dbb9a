package be.koers.planning.api.indicator;

/** How often an indicator is measured; its scores and targets are for periods of this length. */
public enum Frequency {
    MONTHLY, QUARTERLY, YEARLY
}
