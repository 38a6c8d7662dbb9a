package be.koers.planning.api.plan;

public enum ElementStatus {
    ACTIVE, RETIRED
}
