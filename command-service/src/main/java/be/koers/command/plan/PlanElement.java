package be.koers.command.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.progress.ProgressStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/**
 * What the plan aggregate remembers of an element to decide on commands: where it hangs, its level, whether it is
 * retired, who owns it, its reported progress, whether it is unplanned work and which element of an earlier
 * legislature it continues. Titles and texts live only in the events and the projections.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PlanElement {

    private ElementId id;
    private ElementId parentId;
    private Level level;
    private boolean retired;
    private Owner owner;
    private ProgressStatus progress;
    /** Recorded as work outside the adopted plan: never part of an edition, so revisions neither log nor undo it. */
    private boolean unplanned;
    private Continuation continuation;

    PlanElement() {
        // for snapshots
    }

    PlanElement(ElementId id, ElementId parentId, Level level, Owner owner) {
        this.id = id;
        this.parentId = parentId;
        this.level = level;
        this.owner = owner;
    }

    static PlanElement unplanned(ElementId id, ElementId parentId, Level level, Owner owner) {
        PlanElement element = new PlanElement(id, parentId, level, owner);
        element.unplanned = true;
        return element;
    }

    PlanElement copy() {
        PlanElement copy = new PlanElement(id, parentId, level, owner);
        copy.retired = retired;
        copy.progress = progress;
        copy.unplanned = unplanned;
        copy.continuation = continuation;
        return copy;
    }

    /** Takes over what is not plan content from the same element in another state of the plan. */
    void keepExecutionOf(PlanElement current) {
        progress = current.progress;
        continuation = current.continuation;
    }

    ElementId id() {
        return id;
    }

    ElementId parentId() {
        return parentId;
    }

    Level level() {
        return level;
    }

    boolean isActive() {
        return !retired;
    }

    Owner owner() {
        return owner;
    }

    void moveUnder(ElementId newParentId) {
        parentId = newParentId;
    }

    void retire() {
        retired = true;
    }

    ProgressStatus progress() {
        return progress;
    }

    void reportProgress(ProgressStatus status) {
        progress = status;
    }

    void assignTo(Owner newOwner) {
        owner = newOwner;
    }

    boolean isUnplanned() {
        return unplanned;
    }

    Continuation continuation() {
        return continuation;
    }

    void continues(Continuation previous) {
        continuation = previous;
    }

    /** Value equality, so Axon's test fixture can compare the state built by commands with the state sourced from events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlanElement that && retired == that.retired && Objects.equals(id, that.id)
                && Objects.equals(parentId, that.parentId) && level == that.level && Objects.equals(owner, that.owner)
                && progress == that.progress && unplanned == that.unplanned
                && Objects.equals(continuation, that.continuation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, parentId, level, retired, owner, progress, unplanned, continuation);
    }
}
