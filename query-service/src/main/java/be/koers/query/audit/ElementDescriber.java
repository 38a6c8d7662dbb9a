package be.koers.query.audit;

import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.query.plan.ElementField;
import be.koers.query.plan.ElementLookup;
import be.koers.query.plan.ElementNames;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRef;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.koers.query.plan.ElementField.ACTION_TYPE;
import static be.koers.query.plan.ElementField.DEPARTMENT;
import static be.koers.query.plan.ElementField.DESCRIPTION;
import static be.koers.query.plan.ElementField.INTENDED_RESULT;
import static be.koers.query.plan.ElementField.LEVEL;
import static be.koers.query.plan.ElementField.PERIOD;
import static be.koers.query.plan.ElementField.POLICY_FIELDS;
import static be.koers.query.plan.ElementField.POLITICAL_OWNER;
import static be.koers.query.plan.ElementField.PRECONDITIONS;
import static be.koers.query.plan.ElementField.PRIORITY;
import static be.koers.query.plan.ElementField.SDGS;
import static be.koers.query.plan.ElementField.SUB_AREAS;
import static be.koers.query.plan.ElementField.TARGET_GROUPS;
import static be.koers.query.plan.ElementField.TITLE;

/**
 * Lines for changes to the tree: "Goal 'Enough green space' revised: title 'Enough green' → 'Enough green space'",
 * "Action 'Construct the Bloemekespark' moved from 'Parks' to 'Quality management'". The "from" values are the
 * working element before the event; the "to" values the event's.
 */
@Component
class ElementDescriber implements Describer {

    private static final String TOP = "the top of the plan";

    private final ElementLookup elements;

    ElementDescriber(ElementLookup elements) {
        this.elements = elements;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(GoalDefined.class, (e, envelope) -> defined(e, e.goalId(), e.parentId(), e.level(), e.title(),
                        values(LEVEL, e.level(), TITLE, e.title(), DESCRIPTION, e.description(),
                                INTENDED_RESULT, e.intendedResult(), PRIORITY, e.priority()), e.tags()))
                .on(ActionPlanDefined.class, (e, envelope) -> defined(e, e.actionPlanId(), e.parentId(), Level.ACTION_PLAN,
                        e.title(), values(LEVEL, Level.ACTION_PLAN, TITLE, e.title(), DESCRIPTION, e.description(),
                                PERIOD, e.realisationTerm()), e.tags()))
                .on(ItemDefined.class, (e, envelope) -> defined(e, e.itemId(), e.parentId(), e.level(), e.title(),
                        values(LEVEL, e.level(), TITLE, e.title(), DESCRIPTION, e.description(),
                                DEPARTMENT, e.owner() == null ? null : e.owner().department(),
                                POLITICAL_OWNER, e.owner() == null ? null : e.owner().politicalOwner(),
                                ACTION_TYPE, e.actionType(), PRECONDITIONS, e.preconditions(), PERIOD, e.period()), e.tags()))
                .on(GoalRevised.class, (e, envelope) -> changed(e, e.goalId(), "revised", values(TITLE, e.title(),
                        DESCRIPTION, e.description(), INTENDED_RESULT, e.intendedResult(), PRIORITY, e.priority())))
                .on(ActionPlanRevised.class, (e, envelope) -> changed(e, e.actionPlanId(), "revised", values(TITLE, e.title(),
                        DESCRIPTION, e.description(), PERIOD, e.realisationTerm())))
                .on(ItemRevised.class, (e, envelope) -> changed(e, e.itemId(), "revised", values(TITLE, e.title(),
                        DESCRIPTION, e.description(), ACTION_TYPE, e.actionType(), PRECONDITIONS, e.preconditions(),
                        PERIOD, e.period())))
                .on(OwnerReassigned.class, (e, envelope) -> changed(e, e.itemId(), "reassigned",
                        values(DEPARTMENT, e.owner().department(), POLITICAL_OWNER, e.owner().politicalOwner())))
                .on(ElementRetagged.class, (e, envelope) -> changed(e, e.elementId(), "retagged", withTags(values(), e.tags())))
                .on(ElementMoved.class, (e, envelope) -> moved(e))
                .on(ElementRetired.class, (e, envelope) -> retired(e));
    }

    private Description defined(PlanEvent event, ElementId id, ElementId parentId, Level level, String title,
                                Map<ElementField, Object> values, Tags tags) {
        List<FieldChange> changes = ElementField.changes(null, withTags(values, tags));
        String where = parentId == null ? " at " + TOP : " under " + parentName(event, parentId);
        return Description.of(id.value(), ElementNames.named(level, title) + " defined" + where, changes);
    }

    /** A change of some fields: the element's name in the line is its title after the change. */
    private Description changed(PlanEvent event, ElementId id, String verb, Map<ElementField, Object> after) {
        Optional<ElementNode> before = working(event, id);
        if (before.isEmpty()) {
            return unknown(event, id);
        }
        String title = after.containsKey(TITLE) ? (String) after.get(TITLE) : before.get().title();
        List<FieldChange> changes = ElementField.changes(before.get(), after);
        return Description.of(id.value(), Description.sentence(ElementNames.named(before.get().level(), title) + " " + verb,
                changes), changes);
    }

    private Description moved(ElementMoved event) {
        Optional<ElementNode> before = working(event, event.elementId());
        if (before.isEmpty()) {
            return unknown(event, event.elementId());
        }
        ElementId from = before.get().parentId() == null ? null : ElementId.of(before.get().parentId());
        return Description.of(event.elementId().value(), ElementNames.named(before.get().level(), before.get().title())
                        + " moved from " + parentName(event, from) + " to " + parentName(event, event.parentId()),
                List.of(ElementField.PARENT.change(before.get().parentId(),
                        event.parentId() == null ? null : event.parentId().value())));
    }

    private Description retired(ElementRetired event) {
        Optional<ElementNode> before = working(event, event.elementId());
        if (before.isEmpty()) {
            return unknown(event, event.elementId());
        }
        return Description.of(event.elementId().value(),
                        ElementNames.named(before.get().level(), before.get().title()) + " retired: " + event.reason(),
                        List.of(ElementField.STATUS.change(before.get().status(), ElementStatus.RETIRED)))
                .because(event.reason());
    }

    private Optional<ElementNode> working(PlanEvent event, ElementId id) {
        return elements.working(event.tenant().value(), event.planId().value(), id.value());
    }

    private String parentName(PlanEvent event, ElementId parentId) {
        if (parentId == null) {
            return TOP;
        }
        return elements.ref(event.tenant().value(), event.planId().value(), parentId.value())
                .map(ElementRef::title).map(FieldChange::quoted).orElse(parentId.value());
    }

    /** The projection ignores such an event too; the line says so. */
    private static Description unknown(PlanEvent event, ElementId id) {
        return Description.of(id.value(), event.getClass().getSimpleName() + " names element " + id
                + ", which the plan does not have; ignored", List.of());
    }

    /** Field, value, field, value …: an event's values by field, nulls kept (they clear a field). */
    private static Map<ElementField, Object> values(Object... fieldsAndValues) {
        Map<ElementField, Object> values = new EnumMap<>(ElementField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put((ElementField) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }

    private static Map<ElementField, Object> withTags(Map<ElementField, Object> values, Tags tags) {
        Tags all = tags == null ? Tags.NONE : tags;
        values.put(POLICY_FIELDS, all.policyFields());
        values.put(TARGET_GROUPS, all.targetGroups());
        values.put(SUB_AREAS, all.subAreas());
        values.put(SDGS, all.sdgs());
        return values;
    }
}
