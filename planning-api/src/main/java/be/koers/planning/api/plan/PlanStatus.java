package be.koers.planning.api.plan;

public enum PlanStatus {
    DRAFT, ADOPTED, CLOSED
}
