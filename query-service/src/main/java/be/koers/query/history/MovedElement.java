package be.koers.query.history;

import be.koers.planning.api.plan.Level;
import be.koers.query.plan.ElementRef;

/** An element under another parent at the end of a diff; a parent is null at the top of the tree. */
public record MovedElement(String elementId, Level level, String title, ElementRef fromParent, ElementRef toParent) {
}
