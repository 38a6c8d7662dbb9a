package be.koers.query.history.audit;

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
import be.koers.query.history.CurrentVersions;
import be.koers.query.history.RevisionUnderWay;
import be.koers.query.plan.FieldChange;
import be.koers.query.plan.StatementField;
import be.koers.query.plan.Statements;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static be.koers.query.plan.FieldChange.quoted;

/**
 * Lines for the plan itself: drafting, its statements, adoption, revisions and closing. The statements before the
 * event are the history's current version; the status and edition before it what the trail last said of the plan.
 */
@Component
class PlanDescriber implements Describer {

    private static final String STATUS = "status";
    private static final String EDITION = "edition";

    private final CurrentVersions versions;
    private final SubjectValues subjects;

    PlanDescriber(CurrentVersions versions, SubjectValues subjects) {
        this.versions = versions;
        this.subjects = subjects;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(PlanDrafted.class, (e, envelope) -> Description.of("Plan " + quoted(e.title()) + " drafted with the "
                        + e.template() + " template for " + e.firstYear() + "-" + e.lastYear())
                        .about(AuditSubject.plan(e.planId()), Map.of(STATUS, PlanStatus.DRAFT.name())))
                .on(MissionSet.class, (e, envelope) -> statements(e, before -> new Statements(e.mission(), before.vision(), before.coreValues())))
                .on(VisionSet.class, (e, envelope) -> statements(e, before -> new Statements(before.mission(), e.vision(), before.coreValues())))
                .on(CoreValuesSet.class, (e, envelope) -> statements(e, before -> new Statements(before.mission(), before.vision(), e.coreValues())))
                .on(PlanAdopted.class, (e, envelope) -> Description.of(null, "Plan adopted as edition 1, decided on "
                        + e.decisionDate() + " (" + e.decisionReference() + ")", List.of(
                        status(e, PlanStatus.ADOPTED), edition(e, 1))).about(AuditSubject.plan(e.planId())))
                .on(PlanClosed.class, (e, envelope) -> Description.of(null, "Plan closed: " + e.reason(),
                        List.of(status(e, PlanStatus.CLOSED))).because(e.reason()).about(AuditSubject.plan(e.planId())))
                .on(RevisionOpened.class, (e, envelope) -> Description.of("Revision " + e.revisionNumber() + " "
                        + quoted(e.name()) + " opened"))
                .on(RevisionAdopted.class, (e, envelope) -> Description.of(null, "Revision " + e.revisionNumber() + " "
                        + quoted(e.name()) + " adopted as edition " + e.edition() + ", decided on " + e.decisionDate()
                        + " (" + e.decisionReference() + "): " + count(e.added()) + " added, " + count(e.replaced())
                        + " replaced, " + count(e.retired()) + " retired", List.of(edition(e, e.edition())))
                        .about(AuditSubject.plan(e.planId())))
                .on(RevisionDiscarded.class, (e, envelope) -> Description.of("Revision " + e.revisionNumber() + " "
                        + quoted(versions.revision(e.tenant().value(), e.planId().value()).map(RevisionUnderWay::name).orElse(null))
                        + " discarded, its changes void" + voided(e) + ": " + e.reason()).because(e.reason()));
    }

    private Description statements(PlanEvent event, Function<Statements, Statements> set) {
        Statements before = versions.statements(event.tenant().value(), event.planId().value())
                .orElse(new Statements(null, null, null));
        List<FieldChange> changes = StatementField.changes(before, set.apply(before));
        return Description.of(null, Description.sentence("Plan statement set", changes), changes);
    }

    private FieldChange status(PlanEvent event, PlanStatus to) {
        return FieldChange.of(STATUS, STATUS, said(event).get(STATUS), to);
    }

    private FieldChange edition(PlanEvent event, int to) {
        return FieldChange.of(EDITION, EDITION, said(event).get(EDITION), to);
    }

    private Map<String, String> said(PlanEvent event) {
        return subjects.of(event.tenant().value(), AuditSubject.plan(event.planId())).orElse(Map.of());
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
