package be.koers.query.audit;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.projection.OwnsTables;
import be.koers.projection.ProjectionOrder;
import be.koers.projection.TableProjection;
import be.koers.query.plan.OpenRevision;
import be.koers.query.plan.PlanRow;
import be.koers.query.plan.PlanRows;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The audit trail: a line for every applied event of every topic. It runs before the projections that change the
 * read models, so what it reads is the state before the event: the "from" of every change.
 * <p>
 * A line reads only the state of its own event's stream (a plan event the plan, a score its indicator), which
 * the topic keeps in order; a rebuild, which may interleave streams differently, writes the same lines again.
 */
@Component
@Order(ProjectionOrder.BEFORE_CHANGE)
@OwnsTables(AuditLines.TABLE)
class AuditProjection extends TableProjection {

    private final Descriptions descriptions = new Descriptions();
    private final AuditLines lines;
    private final PlanRows plans;

    AuditProjection(List<Describer> describers, AuditLines lines, PlanRows plans) {
        this.lines = lines;
        this.plans = plans;
        describers.forEach(describer -> describer.addTo(descriptions));
        on(TenantScoped.class, this::record);
    }

    private void record(TenantScoped event, EventEnvelope envelope) {
        Description description = descriptions.describe(event, envelope);
        lines.insert(envelope, planOf(event), event instanceof IndicatorEvent indicator ? indicator.indicatorId().value() : null,
                event instanceof PlanEvent planEvent ? revisionOf(planEvent) : null, description);
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
        return plans.find(event.tenant(), event.planId()).map(PlanRow::openRevision).map(OpenRevision::revisionNumber)
                .orElse(null);
    }
}
