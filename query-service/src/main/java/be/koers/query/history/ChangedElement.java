package be.koers.query.history;

import be.koers.planning.api.plan.Level;
import be.koers.query.plan.FieldChange;

import java.util.List;

/** An element active at both ends of a diff whose fields differ; {@code title} is the one at the end. */
public record ChangedElement(String elementId, Level level, String title, List<FieldChange> fields) {
}
