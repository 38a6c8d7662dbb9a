package be.koers.query.history;

import be.koers.query.plan.ElementRef;
import be.koers.query.plan.FieldChange;

import java.util.List;

/**
 * What changed in a plan between two moments, elements in definition order. An element counts while it is
 * active: one retired in between is removed, one retired at both ends is not mentioned.
 *
 * @param statements changes of mission, vision and coreValues
 */
public record PlanDiff(String planId, PointInHistory from, PointInHistory to, List<ElementRef> added, List<RemovedElement> removed,
                       List<MovedElement> moved, List<ChangedElement> changed, List<FieldChange> statements) {
}
