package be.koers.query.plan;

import be.koers.planning.api.plan.Level;

/** Names an element, for the path from the plan's root down to another one. */
public record ElementRef(String elementId, Level level, String title) {

    public static ElementRef of(ElementRow row) {
        return new ElementRef(row.elementId(), row.level(), row.title());
    }
}
