package be.koers.query.status;

import be.koers.planning.api.indicator.TrackStatus;

import java.time.LocalDate;
import java.util.List;

/** The status of a plan on a day: over its root elements, and per element down the tree. */
public record PlanStatusView(String planId, LocalDate today, TrackStatus status, Counts counts,
                             List<ElementStatusView> elements) {
}
