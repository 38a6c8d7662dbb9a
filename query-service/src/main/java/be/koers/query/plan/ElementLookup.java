package be.koers.query.plan;

import org.springframework.stereotype.Component;

import java.util.Optional;

/** One element of the working plan by its id, for questions of other features (the audit of one element). */
@Component
public class ElementLookup {

    private final ElementRows rows;

    ElementLookup(ElementRows rows) {
        this.rows = rows;
    }

    /** Without its tags, which saves a query when only its name matters. */
    public Optional<ElementRef> ref(String tenant, String planId, String elementId) {
        return elementId == null ? Optional.empty() : rows.one(tenant, planId, elementId).map(ElementRef::of);
    }
}
