package be.koers.query.history;

import be.koers.planning.api.plan.Level;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An element active at the start of a diff and not at its end: retired (with the reason) or gone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemovedElement(String elementId, Level level, String title, boolean retired, String retiredReason) {
}
