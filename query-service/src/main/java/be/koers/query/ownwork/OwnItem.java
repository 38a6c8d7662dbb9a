package be.koers.query.ownwork;

import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.query.plan.ElementNode;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An activity or action of the caller's departments: where it hangs, what it is, who owns it, when it runs (null
 * when it has no period) and whether it is plan content (false: unplanned work).
 */
public record OwnItem(String elementId, String parentId, Level level, String title, Owner owner,
                      @JsonInclude(JsonInclude.Include.ALWAYS) Period period, boolean planned) {

    static OwnItem of(ElementNode item) {
        return new OwnItem(item.elementId(), item.parentId(), item.level(), item.title(), item.owner(), item.period(),
                item.planned());
    }
}
