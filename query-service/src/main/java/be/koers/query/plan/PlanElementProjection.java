package be.koers.query.plan;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionPlanRevised;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.TreeEvent;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.OwnsTables;
import be.koers.projection.TableProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * The goals, action plans, activities and actions of a plan, one row each, with their tags: the working state,
 * which includes the changes of an open revision. Unplanned work is a row like an item's, marked planned = false
 * with its cause; from then on every element event treats it like any item. What each event sets is
 * {@link ElementChange}'s to say. While a revision is open it also keeps the elements as last adopted
 * ({@link AdoptedElements}), which a discard restores.
 */
@Component
@OwnsTables({"plan_element", ElementTags.TABLE, "adopted_plan_element", "adopted_element_tag"})
class PlanElementProjection extends TableProjection {

    private static final Logger log = LoggerFactory.getLogger(PlanElementProjection.class);

    private final JdbcClient jdbc;
    private final ElementTags tags;
    private final AdoptedElements adopted;

    PlanElementProjection(JdbcClient jdbc, ElementTags tags, AdoptedElements adopted) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.adopted = adopted;
        on(GoalDefined.class, this::apply);
        on(ActionPlanDefined.class, this::apply);
        on(ItemDefined.class, this::apply);
        on(UnplannedWorkRecorded.class, this::unplannedWorkRecorded);
        on(GoalRevised.class, this::apply);
        on(ActionPlanRevised.class, this::apply);
        on(ItemRevised.class, this::apply);
        on(OwnerReassigned.class, this::apply);
        on(ElementMoved.class, this::apply);
        on(ElementRetagged.class, this::apply);
        on(ElementRetired.class, this::apply);
        on(RevisionOpened.class, (event, envelope) -> adopted.take(event.tenant().value(), event.planId().value()));
        on(RevisionAdopted.class, this::revisionAdopted);
        on(RevisionDiscarded.class, this::revisionDiscarded);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(BudgetEvent.class, ProgressReported.class);
        // kept apart, so that a revision neither copies nor restores them (ContinuationProjection)
        ignores(ContinuationDeclared.class, ContinuationWithdrawn.class);
        // the statements and the status of the plan are PlanProjection's
        ignores(PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class, PlanAdopted.class, PlanClosed.class);
    }

    /**
     * Unplanned work recorded while a revision is open is no change of that revision: it is work done, which the
     * adopted view shows and a discard keeps. So it joins the copy as well, once its working row is written.
     */
    private void unplannedWorkRecorded(UnplannedWorkRecorded event, EventEnvelope envelope) {
        apply(event, envelope);
        adopted.add(event.tenant().value(), event.planId().value(), event.itemId().value());
    }

    /** The working elements are the new edition now: the copy of the previous one has served. */
    private void revisionAdopted(RevisionAdopted event, EventEnvelope envelope) {
        adopted.drop(event.tenant().value(), event.planId().value());
    }

    private void revisionDiscarded(RevisionDiscarded event, EventEnvelope envelope) {
        adopted.restore(event.tenant().value(), event.planId().value());
        adopted.drop(event.tenant().value(), event.planId().value());
    }

    private void apply(TreeEvent event, EventEnvelope envelope) {
        ElementChange change = ElementChange.of(event, envelope);
        if (change.defines()) {
            insert(event, change);
        } else if (!update(event, change)) {
            log.warn("{} {} names element {} which plan {} does not have; ignored", envelope.type(), envelope.eventId(),
                    change.elementId(), event.planId());
            return;
        }
        if (change.defines()) {
            tags.add(event, change.elementId(), change.tags());
        } else if (change.retags()) {
            tags.replace(event, change.elementId(), change.tags());
        }
    }

    private void insert(PlanEvent event, ElementChange change) {
        String columns = String.join(", ", change.columns().keySet());
        String values = change.columns().keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        keyed(jdbc.sql("INSERT INTO plan_element (tenant, plan_id, element_id, " + columns + ") VALUES (:tenant, :planId,"
                + " :elementId, " + values + ")"), event, change).update();
    }

    /** Whether the plan has the element: one the plan does not have is logged, not invented. */
    private boolean update(PlanEvent event, ElementChange change) {
        String assignments = change.columns().keySet().stream().map(column -> column + " = :" + column)
                .collect(Collectors.joining(", "));
        return keyed(jdbc.sql("UPDATE plan_element SET " + assignments
                + " WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId"), event, change).update() > 0;
    }

    private static JdbcClient.StatementSpec keyed(JdbcClient.StatementSpec spec, PlanEvent event, ElementChange change) {
        return spec.param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", change.elementId().value())
                .params(change.columns());
    }
}
