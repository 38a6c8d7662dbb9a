package be.koers.query.plan;

import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.Tags;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an element that events change, with their JSON name and their name in a sentence. The audit trail
 * and the diff both compare elements through these, so they name and write a change the same way.
 */
public enum ElementField {
    LEVEL("level", "level", ElementNode::level),
    TITLE("title", "title", ElementNode::title),
    DESCRIPTION("description", "description", ElementNode::description),
    INTENDED_RESULT("intendedResult", "intended result", ElementNode::intendedResult),
    PRIORITY("priority", "priority", ElementNode::priority),
    DEPARTMENT("department", "department", node -> node.owner() == null ? null : node.owner().department()),
    POLITICAL_OWNER("politicalOwner", "political owner", node -> node.owner() == null ? null : node.owner().politicalOwner()),
    ACTION_TYPE("actionType", "action type", ElementNode::actionType),
    PRECONDITIONS("preconditions", "preconditions", ElementNode::preconditions),
    PERIOD("period", "period", ElementNode::period),
    POLICY_FIELDS("policyFields", "policy fields", node -> tagsOf(node).policyFields()),
    TARGET_GROUPS("targetGroups", "target groups", node -> tagsOf(node).targetGroups()),
    SUB_AREAS("subAreas", "sub-areas", node -> tagsOf(node).subAreas()),
    SDGS("sdgs", "SDGs", node -> tagsOf(node).sdgs()),
    PARENT("parentId", "parent", ElementNode::parentId),
    STATUS("status", "status", ElementNode::status),
    UNPLANNED_CAUSE("unplannedCause", "cause", ElementNode::unplannedCause),
    CAUSE_EXPLANATION("causeExplanation", "cause explanation", ElementNode::causeExplanation),
    CONTINUES("continues", "continues", ElementNode::continues);

    /**
     * What a diff compares field by field; a move (parent) and a retirement (status) are reported apart, and what
     * is not plan content (why work was unplanned, a continuation) is not compared.
     */
    public static final Set<ElementField> CONTENT = EnumSet.range(LEVEL, SDGS);

    private final String field;
    private final String label;
    private final Function<ElementNode, Object> value;

    ElementField(String field, String label, Function<ElementNode, Object> value) {
        this.field = field;
        this.label = label;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Object of(ElementNode node) {
        return node == null ? null : value.apply(node);
    }

    public FieldChange change(Object from, Object to) {
        return FieldChange.of(field, label, from, to);
    }

    /** The fields that differ between two states of an element, in this enum's order. */
    public static List<FieldChange> changes(ElementNode from, ElementNode to, Set<ElementField> fields) {
        List<FieldChange> changes = new ArrayList<>();
        for (ElementField field : fields) {
            addIfChanged(changes, field, field.of(from), field.of(to));
        }
        return changes;
    }

    /** The fields that an event sets to other values than the element had ({@code before} null: a new element). */
    public static List<FieldChange> changes(ElementNode before, Map<ElementField, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> addIfChanged(changes, field, field.of(before), value));
        return changes;
    }

    /**
     * A value as the audit trail and the diff write it: yes/no, enum names, a period as "start to end", lists
     * joined with commas, a continuation as "element E of plan P"; an empty text or list is no value (null).
     */
    public static String text(Object value) {
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof Boolean yes) {
            text = yes ? "yes" : "no";
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else if (value instanceof Period period) {
            text = period.start() + " to " + period.end();
        } else if (value instanceof Collection<?> values) {
            text = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        } else if (value instanceof Continuation continuation) {
            text = continuation.text();
        } else if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else {
            text = value.toString();
        }
        return text.isEmpty() ? null : text;
    }

    private static void addIfChanged(List<FieldChange> changes, ElementField field, Object from, Object to) {
        FieldChange.addIfChanged(changes, field.change(from, to));
    }

    private static Tags tagsOf(ElementNode node) {
        return node.tags() == null ? Tags.NONE : node.tags();
    }
}
