package be.koers.query.history.audit;

import be.koers.planning.api.EventCatalog;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.query.history.CurrentVersions;
import be.koers.query.history.RevisionUnderWay;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The audit trail: a line for every applied event of every topic. The history projection has it write the line before
 * the history applies the event, so the history's current versions are the state before the event: the "from" of
 * every change to an element or a statement. The "from" of other fields is what the trail itself last said of them
 * ({@link SubjectValues}).
 * <p>
 * A line reads only the state of its own event's stream (a plan event the plan, a score its indicator), which
 * the topic keeps in order; a rebuild, which may interleave streams differently, writes the same lines again.
 */
@Component
public class AuditTrail {

    /** The tables the trail writes, which the history projection owns. */
    public static final String LINES_TABLE = AuditLines.TABLE;
    public static final String SUBJECTS_TABLE = SubjectValues.TABLE;

    private final Descriptions descriptions = new Descriptions();
    private final AuditLines lines;
    private final SubjectValues subjects;
    private final CurrentVersions versions;

    AuditTrail(List<Describer> describers, AuditLines lines, SubjectValues subjects, CurrentVersions versions) {
        this.lines = lines;
        this.subjects = subjects;
        this.versions = versions;
        describers.forEach(describer -> describer.addTo(descriptions));
        descriptions.requireEvery(EventCatalog.eventClasses());
    }

    public void record(TenantScoped event, EventEnvelope envelope) {
        Description description = descriptions.describe(event, envelope);
        lines.insert(envelope, planOf(event), event instanceof IndicatorEvent indicator ? indicator.indicatorId().value() : null,
                event instanceof PlanEvent planEvent ? revisionOf(planEvent) : null, description);
        if (description.subject() != null) {
            subjects.remember(event.tenant().value(), description.subject(), description.said());
        }
    }

    private static String planOf(TenantScoped event) {
        if (event instanceof PlanEvent planEvent) {
            return planEvent.planId().value();
        }
        if (event instanceof IndicatorEvent indicator) {
            return indicator.planId().value();
        }
        return event instanceof PlanAttachedToLegislature attached ? attached.planId().value() : null;
    }

    /** The revision the plan's event belongs to: the one it opens or closes, else the one open when it happened. */
    private Integer revisionOf(PlanEvent event) {
        if (event instanceof RevisionOpened opened) {
            return opened.revisionNumber();
        }
        if (event instanceof RevisionAdopted adopted) {
            return adopted.revisionNumber();
        }
        if (event instanceof RevisionDiscarded discarded) {
            return discarded.revisionNumber();
        }
        return versions.revision(event.tenant().value(), event.planId().value()).map(RevisionUnderWay::number).orElse(null);
    }
}
