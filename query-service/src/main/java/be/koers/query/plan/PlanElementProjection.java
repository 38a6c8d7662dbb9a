package be.koers.query.plan;

import be.koers.planning.api.budget.BudgetEvent;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.legislature.LegislatureEvent;
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
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanWideEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.tenant.TenantEvent;
import be.koers.projection.ProjectionOrder;
import be.koers.projection.SqlArrays;
import be.koers.projection.TableProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The goals, action plans, activities and actions of a plan, one row each, with their tags: the working state,
 * which includes the changes of an open revision. Unplanned work is a row like an item's, marked planned = false
 * with its cause; from then on every element event treats it like any item.
 */
@Component
@Order(ProjectionOrder.CHANGE)
class PlanElementProjection extends TableProjection {

    private static final Logger log = LoggerFactory.getLogger(PlanElementProjection.class);
    private static final String ITEM_COLUMNS =
            "department, political_owner, action_type, preconditions, period_start, period_end";
    private static final String ITEM_VALUES =
            ":department, :politicalOwner, :actionType, :preconditions, :periodStart, :periodEnd";

    private final JdbcClient jdbc;
    private final ElementTags tags;

    PlanElementProjection(JdbcClient jdbc, ElementTags tags) {
        super("plan_element", ElementTags.TABLE);
        this.jdbc = jdbc;
        this.tags = tags;
        on(GoalDefined.class, this::goalDefined);
        on(ActionPlanDefined.class, this::actionPlanDefined);
        on(ItemDefined.class, this::itemDefined);
        on(UnplannedWorkRecorded.class, this::unplannedWorkRecorded);
        on(GoalRevised.class, this::goalRevised);
        on(ActionPlanRevised.class, this::actionPlanRevised);
        on(ItemRevised.class, this::itemRevised);
        on(OwnerReassigned.class, this::ownerReassigned);
        on(ElementMoved.class, this::moved);
        on(ElementRetagged.class, this::retagged);
        on(ElementRetired.class, this::retired);
        ignores(TenantEvent.class, LegislatureEvent.class, IndicatorEvent.class);
        ignores(BudgetEvent.class, ProgressReported.class);
        // kept apart, so that a revision neither copies nor restores them (ContinuationProjection)
        ignores(ContinuationDeclared.class, ContinuationWithdrawn.class);
        // a revision's copy of these rows and a discard's restore are RevisionProjection's
        ignores(PlanWideEvent.class);
    }

    private void goalDefined(GoalDefined event, EventEnvelope envelope) {
        insert(event, event.goalId(), event.parentId(), event.level(), event.title(), event.description(), envelope,
                "intended_result, priority", ":intendedResult, :priority",
                spec -> spec.param("intendedResult", event.intendedResult()).param("priority", event.priority()));
        tags.add(event, event.goalId(), event.tags());
    }

    private void actionPlanDefined(ActionPlanDefined event, EventEnvelope envelope) {
        insert(event, event.actionPlanId(), event.parentId(), Level.ACTION_PLAN, event.title(), event.description(), envelope,
                "period_start, period_end", ":periodStart, :periodEnd",
                spec -> withPeriod(spec, event.realisationTerm()));
        tags.add(event, event.actionPlanId(), event.tags());
    }

    private void itemDefined(ItemDefined event, EventEnvelope envelope) {
        insert(event, event.itemId(), event.parentId(), event.level(), event.title(), event.description(), envelope,
                ITEM_COLUMNS, ITEM_VALUES,
                spec -> withItemDetails(spec, event.owner(), event.actionType(), event.preconditions(), event.period()));
        tags.add(event, event.itemId(), event.tags());
    }

    private void unplannedWorkRecorded(UnplannedWorkRecorded event, EventEnvelope envelope) {
        insert(event, event.itemId(), event.parentId(), event.level(), event.title(), event.description(), envelope,
                ITEM_COLUMNS + ", planned, unplanned_cause, cause_explanation",
                ITEM_VALUES + ", false, :cause, :causeExplanation",
                spec -> withItemDetails(spec, event.owner(), event.actionType(), null, event.period())
                        .param("cause", event.cause().name())
                        .param("causeExplanation", event.causeExplanation()));
        tags.add(event, event.itemId(), event.tags());
    }

    private void goalRevised(GoalRevised event, EventEnvelope envelope) {
        update(event, event.goalId(), envelope,
                "title = :title, description = :description, intended_result = :intendedResult, priority = :priority",
                spec -> spec.param("title", event.title())
                        .param("description", event.description())
                        .param("intendedResult", event.intendedResult())
                        .param("priority", event.priority()));
    }

    private void actionPlanRevised(ActionPlanRevised event, EventEnvelope envelope) {
        update(event, event.actionPlanId(), envelope,
                "title = :title, description = :description, period_start = :periodStart, period_end = :periodEnd",
                spec -> withPeriod(spec, event.realisationTerm())
                        .param("title", event.title())
                        .param("description", event.description()));
    }

    private void itemRevised(ItemRevised event, EventEnvelope envelope) {
        update(event, event.itemId(), envelope,
                "title = :title, description = :description, action_type = :actionType, preconditions = :preconditions,"
                        + " period_start = :periodStart, period_end = :periodEnd",
                spec -> withPeriod(spec, event.period())
                        .param("title", event.title())
                        .param("description", event.description())
                        .param("actionType", event.actionType() == null ? null : event.actionType().name())
                        .param("preconditions", SqlArrays.of(event.preconditions())));
    }

    private void ownerReassigned(OwnerReassigned event, EventEnvelope envelope) {
        update(event, event.itemId(), envelope, "department = :department, political_owner = :politicalOwner",
                spec -> spec.param("department", event.owner().department())
                        .param("politicalOwner", event.owner().politicalOwner()));
    }

    private void moved(ElementMoved event, EventEnvelope envelope) {
        update(event, event.elementId(), envelope, "parent_id = :parentId",
                spec -> spec.param("parentId", event.parentId() == null ? null : event.parentId().value()));
    }

    private void retagged(ElementRetagged event, EventEnvelope envelope) {
        update(event, event.elementId(), envelope, "", UnaryOperator.identity());
        tags.replace(event, event.elementId(), event.tags());
    }

    private void retired(ElementRetired event, EventEnvelope envelope) {
        update(event, event.elementId(), envelope, "status = :status, retired_reason = :reason",
                spec -> spec.param("status", ElementStatus.RETIRED.name()).param("reason", event.reason()));
    }

    /** A new element: status ACTIVE, its position the sequence number of the event that defined it. */
    private void insert(PlanEvent event, ElementId elementId, ElementId parentId, Level level, String title, String description,
                        EventEnvelope envelope, String extraColumns, String extraValues,
                        UnaryOperator<JdbcClient.StatementSpec> extraParams) {
        JdbcClient.StatementSpec spec = jdbc.sql("""
                        INSERT INTO plan_element (tenant, plan_id, element_id, parent_id, level, position, title, description,
                                                  status, changed_at, changed_by, %s)
                        VALUES (:tenant, :planId, :elementId, :parentId, :level, :position, :title, :description,
                                :status, :changedAt, :changedBy, %s)""".formatted(extraColumns, extraValues))
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", elementId.value())
                .param("parentId", parentId == null ? null : parentId.value())
                .param("level", level.name())
                .param("position", envelope.sequenceNumber())
                .param("title", title)
                .param("description", description)
                .param("status", ElementStatus.ACTIVE.name())
                .param("changedAt", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("changedBy", envelope.actor());
        extraParams.apply(spec).update();
    }

    /** Changes an element and records when and by whom; an element the plan does not have is logged, not invented. */
    private void update(PlanEvent event, ElementId elementId, EventEnvelope envelope, String assignments,
                        UnaryOperator<JdbcClient.StatementSpec> params) {
        JdbcClient.StatementSpec spec = jdbc.sql("UPDATE plan_element SET changed_at = :changedAt, changed_by = :changedBy"
                        + (assignments.isEmpty() ? "" : ", " + assignments)
                        + " WHERE tenant = :tenant AND plan_id = :planId AND element_id = :elementId")
                .param("tenant", event.tenant().value())
                .param("planId", event.planId().value())
                .param("elementId", elementId.value())
                .param("changedAt", envelope.timestamp().atOffset(ZoneOffset.UTC))
                .param("changedBy", envelope.actor());
        if (params.apply(spec).update() == 0) {
            log.warn("{} {} names element {} which plan {} does not have; ignored", envelope.type(), envelope.eventId(),
                    elementId, event.planId());
        }
    }

    private static JdbcClient.StatementSpec withItemDetails(JdbcClient.StatementSpec spec, Owner owner, ActionType actionType,
                                                            List<String> preconditions, Period period) {
        return withPeriod(spec, period)
                .param("department", owner == null ? null : owner.department())
                .param("politicalOwner", owner == null ? null : owner.politicalOwner())
                .param("actionType", actionType == null ? null : actionType.name())
                .param("preconditions", SqlArrays.of(preconditions));
    }

    private static JdbcClient.StatementSpec withPeriod(JdbcClient.StatementSpec spec, Period period) {
        return spec.param("periodStart", period == null ? null : period.start())
                .param("periodEnd", period == null ? null : period.end());
    }
}
