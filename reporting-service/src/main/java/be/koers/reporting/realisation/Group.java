package be.koers.reporting.realisation;

/** The realisation of the items that share one policy field, target group, sub-area or department. */
public record Group(String key, RealisationFigures figures) {
}
