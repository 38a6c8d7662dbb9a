package be.koers.planning.api.revision;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanStatement;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.shared.EarlierRevision;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Every change made since the revision opened is void; readers and rules go back to the last adopted edition.
 * Since revision 2 it says what that voids, as the plan decided it. Progress, budgets, continuations and unplanned
 * work (also work recorded or changed during the revision) are not plan content: a discard voids none of them.
 *
 * @param removed            the elements the revision defined, which no longer exist (also those it defined and
 *                           retired again); null: not recorded before revision 2
 * @param restored           the elements of the last edition that the revision changed (revised, reassigned, moved,
 *                           retagged or retired), back as that edition has them; null: not recorded before revision 2
 * @param statementsRestored the statements the revision set, back as the last edition has them; null: not recorded
 *                           before revision 2
 */
@Revision("2")
public record RevisionDiscarded(
        TenantId tenant,
        PlanId planId,
        int revisionNumber,
        String reason,
        List<ElementId> removed,
        List<ElementId> restored,
        List<PlanStatement> statementsRestored) implements PlanWideEvent {

    /**
     * Revision 1 did not say what the discard voids. One event is not enough to tell (it takes the revision's whole
     * history), so the lists read as null, unknown, rather than as empty.
     */
    public static final EarlierRevision REVISION_1 = new EarlierRevision(RevisionDiscarded.class, "1", "2", payload -> {
        payload.putNull("removed");
        payload.putNull("restored");
        payload.putNull("statementsRestored");
        return payload;
    });
}
