package be.koers.query.history;

import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRef;
import be.koers.query.plan.Statements;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The plan as the history has it while an event is being applied, before the history's own handlers have applied it:
 * the audit trail's "from" values. An element the history has no current version of (never defined, or added by a
 * revision that was discarded) is absent.
 */
@Component
public class CurrentVersions {

    private final ElementVersions elements;
    private final StatementVersions statements;
    private final OpenRevisions revisions;

    CurrentVersions(ElementVersions elements, StatementVersions statements, OpenRevisions revisions) {
        this.elements = elements;
        this.statements = statements;
        this.revisions = revisions;
    }

    public Optional<ElementNode> element(String tenant, String planId, String elementId) {
        return elementId == null ? Optional.empty() : elements.current(tenant, planId, elementId);
    }

    public Optional<ElementRef> ref(String tenant, String planId, String elementId) {
        return element(tenant, planId, elementId).map(node -> new ElementRef(node.elementId(), node.level(), node.title()));
    }

    public Optional<Statements> statements(String tenant, String planId) {
        return statements.at(tenant, planId, ValidityCondition.CURRENT);
    }

    public Optional<RevisionUnderWay> revision(String tenant, String planId) {
        return revisions.of(tenant, planId);
    }
}
