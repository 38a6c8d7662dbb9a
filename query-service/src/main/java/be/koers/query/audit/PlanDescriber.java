package be.koers.query.audit;

import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.query.plan.FieldChange;
import be.koers.query.plan.OpenRevision;
import be.koers.query.plan.PlanRow;
import be.koers.query.plan.PlanRows;
import be.koers.query.plan.StatementField;
import be.koers.query.plan.Statements;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static be.koers.query.plan.FieldChange.quoted;

/** Lines for the plan itself: drafting, its statements, adoption, revisions and closing. */
@Component
class PlanDescriber implements Describer {

    private final PlanRows plans;

    PlanDescriber(PlanRows plans) {
        this.plans = plans;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(PlanDrafted.class, (e, envelope) -> Description.of("Plan " + quoted(e.title()) + " drafted with the "
                        + e.template() + " template for " + e.firstYear() + "-" + e.lastYear()))
                .on(MissionSet.class, (e, envelope) -> statements(e, before -> new Statements(e.mission(), before.vision(), before.coreValues())))
                .on(VisionSet.class, (e, envelope) -> statements(e, before -> new Statements(before.mission(), e.vision(), before.coreValues())))
                .on(CoreValuesSet.class, (e, envelope) -> statements(e, before -> new Statements(before.mission(), before.vision(), e.coreValues())))
                .on(PlanAdopted.class, (e, envelope) -> Description.of(null, "Plan adopted as edition 1, decided on "
                        + e.decisionDate() + " (" + e.decisionReference() + ")", List.of(
                        status(e, PlanStatus.ADOPTED), edition(e, 1))))
                .on(PlanClosed.class, (e, envelope) -> Description.of(null, "Plan closed: " + e.reason(),
                        List.of(status(e, PlanStatus.CLOSED))).because(e.reason()))
                .on(RevisionOpened.class, (e, envelope) -> Description.of("Revision " + e.revisionNumber() + " "
                        + quoted(e.name()) + " opened"))
                .on(RevisionAdopted.class, (e, envelope) -> Description.of(null, "Revision " + e.revisionNumber() + " "
                        + quoted(e.name()) + " adopted as edition " + e.edition() + ", decided on " + e.decisionDate()
                        + " (" + e.decisionReference() + "): " + count(e.added()) + " added, " + count(e.replaced())
                        + " replaced, " + count(e.retired()) + " retired", List.of(edition(e, e.edition()))))
                .on(RevisionDiscarded.class, (e, envelope) -> Description.of("Revision " + e.revisionNumber() + " "
                        + quoted(plan(e).map(PlanRow::openRevision).map(OpenRevision::name).orElse(null))
                        + " discarded, its changes void" + voided(e) + ": " + e.reason()).because(e.reason()));
    }

    private Description statements(PlanEvent event, Function<Statements, Statements> set) {
        Statements before = plan(event).map(PlanRow::statements).orElse(new Statements(null, null, null));
        List<FieldChange> changes = StatementField.changes(before, set.apply(before));
        return Description.of(null, Description.sentence("Plan statement set", changes), changes);
    }

    private FieldChange status(PlanEvent event, PlanStatus to) {
        return FieldChange.of("status", "status", plan(event).map(PlanRow::status).orElse(null), to);
    }

    private FieldChange edition(PlanEvent event, int to) {
        return FieldChange.of("edition", "edition", plan(event).map(PlanRow::edition).orElse(null), to);
    }

    private Optional<PlanRow> plan(PlanEvent event) {
        return plans.find(event.tenant(), event.planId());
    }

    private static int count(List<?> ids) {
        return ids == null ? 0 : ids.size();
    }

    /** What the discard says it voided; nothing for one stored before it said so (revision 1), rather than a guess. */
    private static String voided(RevisionDiscarded event) {
        List<String> voided = new ArrayList<>();
        if (event.removed() != null) {
            voided.add(counted(event.removed(), "added element") + " removed");
        }
        if (event.restored() != null) {
            voided.add(counted(event.restored(), "element") + " restored");
        }
        if (event.statementsRestored() != null) {
            event.statementsRestored().forEach(statement -> voided.add(statement.name().toLowerCase().replace('_', ' ') + " restored"));
        }
        return voided.isEmpty() ? "" : " (" + String.join(", ", voided) + ")";
    }

    private static String counted(List<?> ids, String noun) {
        return ids.size() + " " + noun + (ids.size() == 1 ? "" : "s");
    }
}
