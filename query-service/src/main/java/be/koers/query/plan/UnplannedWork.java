package be.koers.query.plan;

import be.koers.planning.api.realisation.UnplannedWorkCause;

/**
 * Why an element was carried out without being in the adopted plan (spontaneous policy). An element without it is
 * plan content.
 */
public record UnplannedWork(UnplannedWorkCause cause, String explanation) {
}
