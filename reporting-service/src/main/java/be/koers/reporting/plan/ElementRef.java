package be.koers.reporting.plan;

/** An element of some plan. */
public record ElementRef(String planId, String elementId) {
}
