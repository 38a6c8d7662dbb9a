package be.koers.query.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * One element with the path above it and what hangs directly under it.
 *
 * @param element   the element itself, its fields at the top level of the JSON
 * @param ancestors from the plan's root down to the element's parent
 * @param children  the direct children, retired ones included, without their own children
 */
public record ElementWithFamily(@JsonUnwrapped ElementNode element, List<ElementRef> ancestors, List<ElementNode> children) {
}
