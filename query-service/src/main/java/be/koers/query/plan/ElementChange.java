package be.koers.query.plan;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
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
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.projection.SqlArrays;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one event does to the state of one element, as the tree shows it: the columns it sets (named as in
 * {@code plan_element}, {@link ContinuationColumns} for a continuation) and the tags it gives. Every read model that
 * keeps elements folds the events through this one translation, each into its own tables: the working elements, the
 * versions of the history.
 *
 * @param defines whether the event brings the element into being (then {@code columns} is its whole state and
 *                {@code tags} its tags), rather than changing one that exists
 * @param tags    the complete set of tags after the event; null when the event leaves them as they are
 */
public record ElementChange(ElementId elementId, boolean defines, Map<String, Object> columns, Tags tags) {

    public ElementChange {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public static ElementChange of(TreeEvent event, EventEnvelope envelope) {
        if (event instanceof GoalDefined e) {
            return defined(e.goalId(), e.parentId(), e.level(), e.title(), e.description(), envelope, e.tags())
                    .set("intended_result", e.intendedResult()).set("priority", e.priority()).change();
        }
        if (event instanceof ActionPlanDefined e) {
            return defined(e.actionPlanId(), e.parentId(), Level.ACTION_PLAN, e.title(), e.description(),
                    envelope, e.tags()).period(e.realisationTerm()).change();
        }
        if (event instanceof ItemDefined e) {
            return defined(e.itemId(), e.parentId(), e.level(), e.title(), e.description(), envelope, e.tags())
                    .item(e.owner(), e.actionType(), e.preconditions(), e.period()).change();
        }
        if (event instanceof UnplannedWorkRecorded e) {
            return defined(e.itemId(), e.parentId(), e.level(), e.title(), e.description(), envelope, e.tags())
                    .item(e.owner(), e.actionType(), null, e.period())
                    .set("planned", false).set("unplanned_cause", e.cause().name())
                    .set("cause_explanation", e.causeExplanation()).change();
        }
        if (event instanceof GoalRevised e) {
            return changed(e.goalId(), envelope).set("title", e.title()).set("description", e.description())
                    .set("intended_result", e.intendedResult()).set("priority", e.priority()).change();
        }
        if (event instanceof ActionPlanRevised e) {
            return changed(e.actionPlanId(), envelope).set("title", e.title())
                    .set("description", e.description()).period(e.realisationTerm()).change();
        }
        if (event instanceof ItemRevised e) {
            return changed(e.itemId(), envelope).set("title", e.title()).set("description", e.description())
                    .set("action_type", nameOf(e.actionType())).set("preconditions", SqlArrays.of(e.preconditions()))
                    .period(e.period()).change();
        }
        if (event instanceof OwnerReassigned e) {
            return changed(e.itemId(), envelope).owner(e.owner()).change();
        }
        if (event instanceof ElementMoved e) {
            return changed(e.elementId(), envelope).set("parent_id", valueOf(e.parentId())).change();
        }
        if (event instanceof ElementRetagged e) {
            return changed(e.elementId(), envelope).tags(e.tags()).change();
        }
        if (event instanceof ElementRetired e) {
            return changed(e.elementId(), envelope).set("status", ElementStatus.RETIRED.name())
                    .set("retired_reason", e.reason()).change();
        }
        // a continuation is not the element's content: when and by whom it last changed stays as it was
        if (event instanceof ContinuationDeclared e) {
            return new Builder(e.elementId(), false).set(ContinuationColumns.PLAN_ID, e.previousPlanId().value())
                    .set(ContinuationColumns.ELEMENT_ID, e.previousElementId().value()).change();
        }
        if (event instanceof ContinuationWithdrawn e) {
            return new Builder(e.elementId(), false).set(ContinuationColumns.PLAN_ID, null)
                    .set(ContinuationColumns.ELEMENT_ID, null).change();
        }
        throw new IllegalArgumentException("No element change is known for " + event.getClass().getSimpleName());
    }

    /** Whether the event sets the tags. */
    public boolean retags() {
        return tags != null;
    }

    /** The tags as two parallel {@code text[]} parameters, dimensions and values, in {@code element_tag}'s terms. */
    public String[][] tagRows() {
        List<String> dimensions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (TagDimension dimension : TagDimension.values()) {
            dimension.valuesOf(tags == null ? Tags.NONE : tags).forEach(value -> {
                dimensions.add(dimension.name());
                values.add(value);
            });
        }
        return new String[][]{dimensions.toArray(String[]::new), values.toArray(String[]::new)};
    }

    /** A new element: status ACTIVE, its position the sequence number of the event that defined it. */
    private static Builder defined(ElementId id, ElementId parentId, Level level, String title, String description,
                                   EventEnvelope envelope, Tags tags) {
        return new Builder(id, true).set("parent_id", valueOf(parentId)).set("level", level.name())
                .set("position", envelope.sequenceNumber()).set("title", title).set("description", description)
                .set("status", ElementStatus.ACTIVE.name()).set("planned", true).stamped(envelope).tags(tags == null ? Tags.NONE : tags);
    }

    /** A change of some fields, recording when and by whom. */
    private static Builder changed(ElementId id, EventEnvelope envelope) {
        return new Builder(id, false).stamped(envelope);
    }

    private static String valueOf(ElementId id) {
        return id == null ? null : id.value();
    }

    private static String nameOf(ActionType actionType) {
        return actionType == null ? null : actionType.name();
    }

    private static final class Builder {

        private final ElementId elementId;
        private final boolean defines;
        private final Map<String, Object> columns = new LinkedHashMap<>();
        private Tags tags;

        Builder(ElementId elementId, boolean defines) {
            this.elementId = elementId;
            this.defines = defines;
        }

        Builder set(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        Builder stamped(EventEnvelope envelope) {
            return set("changed_at", envelope.timestamp().atOffset(ZoneOffset.UTC)).set("changed_by", envelope.actor());
        }

        Builder period(Period period) {
            return set("period_start", period == null ? null : period.start())
                    .set("period_end", period == null ? null : period.end());
        }

        Builder owner(Owner owner) {
            return set("department", owner == null ? null : owner.department())
                    .set("political_owner", owner == null ? null : owner.politicalOwner());
        }

        Builder item(Owner owner, ActionType actionType, List<String> preconditions, Period period) {
            return owner(owner).set("action_type", nameOf(actionType)).set("preconditions", SqlArrays.of(preconditions))
                    .period(period);
        }

        Builder tags(Tags tags) {
            this.tags = tags;
            return this;
        }

        ElementChange change() {
            return new ElementChange(elementId, defines, columns, tags);
        }
    }
}
