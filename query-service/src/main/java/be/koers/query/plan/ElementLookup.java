package be.koers.query.plan;

import org.springframework.stereotype.Component;

import java.util.Optional;

/** One element of the working plan, for read models that describe what happens to it (the audit trail). */
@Component
public class ElementLookup {

    private final ElementRows rows;
    private final ElementTags tags;

    ElementLookup(ElementRows rows, ElementTags tags) {
        this.rows = rows;
        this.tags = tags;
    }

    public Optional<ElementNode> working(String tenant, String planId, String elementId) {
        return rows.one(tenant, planId, elementId).map(row -> ElementNode.of(row, tags.ofElement(tenant, planId, elementId), null));
    }

    /** Without its tags, which saves a query when only its name matters. */
    public Optional<ElementRef> ref(String tenant, String planId, String elementId) {
        return elementId == null ? Optional.empty() : rows.one(tenant, planId, elementId).map(ElementRef::of);
    }
}
