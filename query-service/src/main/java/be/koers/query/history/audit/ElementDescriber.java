package be.koers.query.history.audit;

import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.ActionType;
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
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.query.history.CurrentVersions;
import be.koers.query.plan.ElementField;
import be.koers.query.plan.ElementNames;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.ElementRef;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static be.koers.query.plan.ElementField.ACTION_TYPE;
import static be.koers.query.plan.ElementField.CAUSE_EXPLANATION;
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
import static be.koers.query.plan.ElementField.UNPLANNED_CAUSE;

/**
 * Lines for changes to the tree: "Goal 'Enough green space' revised: title 'Enough green' → 'Enough green space'",
 * "Action 'Construct the Bloemekespark' moved from 'Parks' to 'Quality management'", "Unplanned action 'Pop-up park'
 * recorded under 'Parks' (cause: opportunity): A site came free". The "from" values are the working element before
 * the event; the "to" values the event's.
 */
@Component
class ElementDescriber implements Describer {

    private static final String TOP = "the top of the plan";

    private final CurrentVersions elements;

    ElementDescriber(CurrentVersions elements) {
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
                        item(e.level(), e.title(), e.description(), e.owner(), e.actionType(), e.preconditions(),
                                e.period()), e.tags()))
                .on(UnplannedWorkRecorded.class, (e, envelope) -> unplannedWorkRecorded(e))
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
        return Description.of(id.value(), ElementNames.named(level, title) + " defined" + where(event, parentId), changes);
    }

    /** "Unplanned action 'X' recorded under 'Y' (cause: opportunity): why", its initial values as for a definition. */
    private Description unplannedWorkRecorded(UnplannedWorkRecorded event) {
        Map<ElementField, Object> values = item(event.level(), event.title(), event.description(), event.owner(),
                event.actionType(), null, event.period());
        values.put(UNPLANNED_CAUSE, event.cause());
        values.put(CAUSE_EXPLANATION, event.causeExplanation());
        List<FieldChange> changes = ElementField.changes(null, withTags(values, event.tags()));
        String subject = "Unplanned " + ElementNames.noun(event.level()).toLowerCase(Locale.ROOT) + " "
                + FieldChange.quoted(event.title());
        String cause = event.cause().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Description.of(event.itemId().value(), subject + " recorded" + where(event, event.parentId())
                + " (cause: " + cause + "): " + event.causeExplanation(), changes);
    }

    private String where(PlanEvent event, ElementId parentId) {
        return parentId == null ? " at " + TOP : " under " + parentName(event, parentId);
    }

    /** A change of some fields: the element's name in the line is its title after the change. */
    private Description changed(PlanEvent event, ElementId id, String verb, Map<ElementField, Object> after) {
        Optional<ElementNode> before = working(event, id);
        if (before.isEmpty()) {
            return Description.unknownElement(event, id);
        }
        String title = after.containsKey(TITLE) ? (String) after.get(TITLE) : before.get().title();
        List<FieldChange> changes = ElementField.changes(before.get(), after);
        return Description.of(id.value(), Description.sentence(ElementNames.named(before.get().level(), title) + " " + verb,
                changes), changes);
    }

    private Description moved(ElementMoved event) {
        Optional<ElementNode> before = working(event, event.elementId());
        if (before.isEmpty()) {
            return Description.unknownElement(event, event.elementId());
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
            return Description.unknownElement(event, event.elementId());
        }
        return Description.of(event.elementId().value(),
                        ElementNames.named(before.get().level(), before.get().title()) + " retired: " + event.reason(),
                        List.of(ElementField.STATUS.change(before.get().status(), ElementStatus.RETIRED)))
                .because(event.reason());
    }

    private Optional<ElementNode> working(PlanEvent event, ElementId id) {
        return elements.element(event.tenant().value(), event.planId().value(), id.value());
    }

    private String parentName(PlanEvent event, ElementId parentId) {
        if (parentId == null) {
            return TOP;
        }
        return elements.ref(event.tenant().value(), event.planId().value(), parentId.value())
                .map(ElementRef::title).map(FieldChange::quoted).orElse(parentId.value());
    }

    /** What an activity or action is defined with, by field. */
    private static Map<ElementField, Object> item(Level level, String title, String description, Owner owner,
                                                  ActionType actionType, List<String> preconditions, Period period) {
        return values(LEVEL, level, TITLE, title, DESCRIPTION, description,
                DEPARTMENT, owner == null ? null : owner.department(),
                POLITICAL_OWNER, owner == null ? null : owner.politicalOwner(),
                ACTION_TYPE, actionType, PRECONDITIONS, preconditions, PERIOD, period);
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
