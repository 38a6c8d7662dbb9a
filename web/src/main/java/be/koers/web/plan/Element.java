package be.koers.web.plan;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.Tags;

import java.time.Instant;
import java.util.List;

/**
 * A goal, action plan, activity or action of a plan, as the query-service answers it, with its children in the tree
 * (none in a search result). {@code period} is an action plan's realisation term or an item's run.
 */
public record Element(String elementId, String parentId, Level level, String title, String description,
                      String intendedResult, Boolean priority, ElementStatus status, String retiredReason,
                      Owner owner, ActionType actionType, List<String> preconditions, Period period, Tags tags,
                      boolean planned, Instant lastChangedAt, String lastChangedBy, List<Element> children) {

    public Element {
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        tags = tags == null ? Tags.NONE : tags;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean retired() {
        return status == ElementStatus.RETIRED;
    }

    public boolean isItem() {
        return level.isItem();
    }

    public int activeChildren() {
        return (int) children.stream().filter(child -> !child.retired()).count();
    }
}
