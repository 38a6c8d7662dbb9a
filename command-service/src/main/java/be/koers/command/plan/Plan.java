package be.koers.command.plan;

import be.koers.command.common.ChangeMetadata;
import be.koers.command.common.Mandate;
import be.koers.command.common.Refusal;
import be.koers.command.indicator.Indicator;
import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.EstimateBudget;
import be.koers.planning.api.budget.RecordBudgetActuals;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.continuity.DeclareContinuation;
import be.koers.planning.api.continuity.WithdrawContinuation;
import be.koers.planning.api.indicator.DefineIndicator;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import be.koers.planning.api.realisation.RecordUnplannedWork;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.AdoptRevision;
import be.koers.planning.api.revision.DiscardRevision;
import be.koers.planning.api.revision.OpenRevision;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * The multi-year plan of one legislature: its statements and its tree of goals, action plans, activities and
 * actions. One consistency boundary, because the rules span the tree (where an element may hang, what a retired
 * parent or a closed plan allows); snapshots and a cache keep loading it cheap at Ghent's scale. It also holds the
 * progress of its items and its budget lines, which need the same knowledge of the tree; indicators and their
 * scores, the high-volume part, are aggregates of their own that the plan creates. Unplanned work and continuations
 * of an earlier legislature's elements are kept here too, but as execution, not plan content: no revision needed.
 * <p>
 * Revision 1 keeps what an open revision defined and which statements it set: older snapshots lack them, so Axon
 * skips them and sources the plan from its events.
 */
@Revision("1")
@Aggregate(snapshotTriggerDefinition = "planSnapshotTrigger", cache = "planCache", filterEventsByType = true,
        commandTargetResolver = "versionAwareTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Plan {

    @AggregateIdentifier
    private PlanId planId;
    private TenantId tenant;
    private PlanTemplate template;
    private int firstYear;
    private int lastYear;
    private PlanStatus status;
    private Map<String, PlanElement> elements = new HashMap<>();
    /** The current estimate per element and year ({@code elementId/year}), so a revision can say what it replaced. */
    private Map<String, BudgetFigures> estimates = new HashMap<>();
    private int edition;
    private LocalDate lastDecisionDate;
    private int revisions;
    private RevisionInProgress openRevision;

    protected Plan() {
        // for Axon and for snapshots
    }

    /** Created by its legislature, which knows the years the plan covers. */
    public Plan(DraftPlan command, int firstYear, int lastYear) {
        apply(new PlanDrafted(command.tenant(), command.planId(), command.legislatureId(), command.title().strip(),
                command.template(), firstYear, lastYear));
    }

    @CommandHandler
    void handle(SetMission command) {
        requireChangeable(command);
        apply(new MissionSet(tenant, planId, command.mission().strip()));
    }

    @CommandHandler
    void handle(SetVision command) {
        requireChangeable(command);
        apply(new VisionSet(tenant, planId, command.vision().strip()));
    }

    @CommandHandler
    void handle(SetCoreValues command) {
        requireChangeable(command);
        apply(new CoreValuesSet(tenant, planId, command.coreValues().stream().map(String::strip).toList()));
    }

    @CommandHandler
    void handle(DefineGoal command) {
        requireChangeable(command);
        if (!command.level().isGoal()) {
            throw Refusal.invalid("level", "goal-level-required", command.level() + " is not a goal level; use the endpoint for action plans or items.");
        }
        requireNewElement(command.goalId());
        requirePlacement(command.level(), command.parentId());
        requirePriorityAllowed(command.level(), command.priority());
        apply(new GoalDefined(tenant, planId, command.goalId(), command.parentId(), command.level(),
                command.title().strip(), command.description(), command.intendedResult(), command.priority(),
                tagsOrNone(command.tags())));
    }

    @CommandHandler
    void handle(ReviseGoal command) {
        requireChangeable(command);
        PlanElement goal = activeElement("goalId", command.goalId());
        if (!goal.level().isGoal()) {
            throw Refusal.conflict("goalId", "not-a-goal", command.goalId() + " is a " + goal.level() + ", not a goal.");
        }
        requirePriorityAllowed(goal.level(), command.priority());
        apply(new GoalRevised(tenant, planId, command.goalId(), command.title().strip(), command.description(),
                command.intendedResult(), command.priority()));
    }

    @CommandHandler
    void handle(DefineActionPlan command) {
        requireChangeable(command);
        requireNewElement(command.actionPlanId());
        requirePlacement(Level.ACTION_PLAN, command.parentId());
        requireWithinLegislature("realisationTerm", command.realisationTerm());
        apply(new ActionPlanDefined(tenant, planId, command.actionPlanId(), command.parentId(), command.title().strip(),
                command.description(), command.realisationTerm(), tagsOrNone(command.tags())));
    }

    @CommandHandler
    void handle(ReviseActionPlan command) {
        requireChangeable(command);
        PlanElement actionPlan = activeElement("actionPlanId", command.actionPlanId());
        if (actionPlan.level() != Level.ACTION_PLAN) {
            throw Refusal.conflict("actionPlanId", "not-an-action-plan", command.actionPlanId() + " is a " + actionPlan.level() + ", not an action plan.");
        }
        requireWithinLegislature("realisationTerm", command.realisationTerm());
        apply(new ActionPlanRevised(tenant, planId, command.actionPlanId(), command.title().strip(),
                command.description(), command.realisationTerm()));
    }

    @CommandHandler
    void handle(DefineItem command) {
        requireChangeable(command);
        requireItemLevel(command.level());
        requireNewElement(command.itemId());
        requirePlacement(command.level(), command.parentId());
        requireItemDetails(command.level(), command.actionType(), command.preconditions(), command.period());
        apply(new ItemDefined(tenant, planId, command.itemId(), command.parentId(), command.level(),
                command.title().strip(), command.description(), command.owner(), command.actionType(),
                listOrEmpty(command.preconditions()), command.period(), tagsOrNone(command.tags())));
    }

    @CommandHandler
    void handle(ReviseItem command) {
        requireChangeable(command);
        PlanElement item = activeItem(command.itemId());
        requireItemDetails(item.level(), command.actionType(), command.preconditions(), command.period());
        apply(new ItemRevised(tenant, planId, command.itemId(), command.title().strip(), command.description(),
                command.actionType(), listOrEmpty(command.preconditions()), command.period()));
    }

    @CommandHandler
    void handle(ReassignOwner command) {
        requireChangeable(command);
        PlanElement item = activeItem(command.itemId());
        if (!item.owner().equals(command.owner())) {
            apply(new OwnerReassigned(tenant, planId, command.itemId(), item.owner(), command.owner()));
        }
    }

    @CommandHandler
    void handle(MoveElement command) {
        requireChangeable(command);
        PlanElement element = activeElement("elementId", command.elementId());
        if (command.elementId().equals(command.parentId())) {
            throw Refusal.conflict("parentId", "not-under-itself", "An element cannot hang under itself.");
        }
        if (Objects.equals(element.parentId(), command.parentId())) {
            return;
        }
        requirePlacement(element.level(), command.parentId());
        if (element.isUnplanned()) {
            requireAdoptedParent(command.parentId());
        }
        apply(new ElementMoved(tenant, planId, command.elementId(), element.parentId(), command.parentId()));
    }

    @CommandHandler
    void handle(RetagElement command) {
        requireChangeable(command);
        activeElement("elementId", command.elementId());
        apply(new ElementRetagged(tenant, planId, command.elementId(), command.tags()));
    }

    @CommandHandler
    void handle(RetireElement command) {
        requireChangeable(command);
        activeElement("elementId", command.elementId());
        List<ElementId> activeChildren = elements.values().stream()
                .filter(e -> e.isActive() && command.elementId().equals(e.parentId()))
                .map(PlanElement::id)
                .toList();
        if (!activeChildren.isEmpty()) {
            throw Refusal.conflict("elementId", "has-active-children", command.elementId() + " still has "
                    + activeChildren.size() + " active element(s) under it (" + activeChildren.get(0)
                    + (activeChildren.size() > 1 ? ", …" : "") + "); retire or move them first.");
        }
        apply(new ElementRetired(tenant, planId, command.elementId(), command.reason().strip()));
    }

    @CommandHandler
    void handle(AdoptPlan command) {
        requireOpen(command);
        if (status != PlanStatus.DRAFT) {
            throw Refusal.conflict("planId", "plan-already-adopted", "Plan " + planId + " is already adopted.");
        }
        requireDecisionDate(command.decisionDate());
        apply(new PlanAdopted(tenant, planId, command.decisionDate(), command.decisionReference().strip()));
    }

    @CommandHandler
    void handle(OpenRevision command) {
        requireOpen(command);
        if (status != PlanStatus.ADOPTED) {
            throw Refusal.conflict("planId", "plan-not-adopted", "Plan " + planId + " is a draft: change it directly, revisions come after adoption.");
        }
        if (openRevision != null) {
            throw Refusal.conflict("planId", "revision-already-open", "Revision " + openRevision.number() + " (" + openRevision.name()
                    + ") is open; adopt or discard it first.");
        }
        apply(new RevisionOpened(tenant, planId, revisions + 1, command.name().strip(), command.description()));
    }

    @CommandHandler
    void handle(AdoptRevision command) {
        requireOpen(command);
        RevisionInProgress revision = requireOpenRevision();
        requireDecisionDate(command.decisionDate());
        if (command.decisionDate().isBefore(lastDecisionDate)) {
            throw Refusal.invalid("decisionDate", "after-previous-edition", "Edition " + edition + " was adopted on "
                    + lastDecisionDate + "; the next edition cannot be adopted before that.");
        }
        apply(new RevisionAdopted(tenant, planId, revision.number(), edition + 1, revision.name(), command.decisionDate(),
                command.decisionReference().strip(), revision.added(elements), revision.replaced(), revision.retired()));
    }

    @CommandHandler
    void handle(DiscardRevision command) {
        requireOpen(command);
        RevisionInProgress revision = requireOpenRevision();
        apply(new RevisionDiscarded(tenant, planId, revision.number(), command.reason().strip(), revision.defined(),
                revision.changed(), revision.statementsSet()));
    }

    @CommandHandler
    void handle(ClosePlan command) {
        requireOpen(command);
        if (openRevision != null) {
            throw Refusal.conflict("planId", "revision-open", "Revision " + openRevision.number() + " is open; adopt or discard it before closing the plan.");
        }
        apply(new PlanClosed(tenant, planId, command.reason().strip()));
    }

    /** The plan checks that the linked goals and items exist; the indicator, a separate aggregate, takes it from there. */
    @CommandHandler
    IndicatorId handle(DefineIndicator command) throws Exception {
        requireOpen(command);
        for (int i = 0; i < command.linkedElements().size(); i++) {
            activeElement("linkedElements[" + i + "]", command.linkedElements().get(i));
        }
        createNew(Indicator.class, () -> new Indicator(command, firstYear, lastYear));
        return command.indicatorId();
    }

    @CommandHandler
    void handle(ReportProgress command, @MetaDataValue(ChangeMetadata.MANDATE) Mandate mandate) {
        requireOpen(command);
        PlanElement item = activeItem(command.itemId());
        requireMandate(mandate, item.owner(), "itemId", "Item " + command.itemId());
        ProgressStatus previous = item.progress();
        if (previous == ProgressStatus.CANCELLED) {
            throw Refusal.conflict("status", "cancelled-is-final", command.itemId() + " was cancelled; its progress no longer changes.");
        }
        requireProgressDetails(command);
        apply(new ProgressReported(tenant, planId, command.itemId(), command.status(), previous, command.percentComplete(),
                command.comment(), command.cancellationReason(), command.postponedTo()));
    }

    @CommandHandler
    void handle(EstimateBudget command) {
        requireOpen(command);
        activeElement("elementId", command.elementId());
        requireYearOfLegislature(command.year());
        BudgetFigures previous = estimates.get(budgetKey(command.elementId(), command.year()));
        if (previous == null) {
            apply(new BudgetEstimated(tenant, planId, command.elementId(), command.year(), command.figures()));
        } else if (command.reason() == null || command.reason().isBlank()) {
            throw Refusal.invalid("reason", "reason-required-for-revision",
                    "The " + command.year() + " estimate of " + command.elementId() + " exists; revising it needs a reason.");
        } else if (!previous.equals(command.figures())) {
            apply(new BudgetEstimateRevised(tenant, planId, command.elementId(), command.year(), previous,
                    command.figures(), command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(RecordBudgetActuals command) {
        requireOpen(command);
        element("elementId", command.elementId());
        requireYearOfLegislature(command.year());
        apply(new BudgetActualsRecorded(tenant, planId, command.elementId(), command.year(), command.figures()));
    }

    /**
     * Work carried out outside the adopted plan. It hangs where it contributes, by the rules of any item, but it is
     * execution, not plan content: it needs no open revision and never enters an edition.
     */
    @CommandHandler
    void handle(RecordUnplannedWork command, @MetaDataValue(ChangeMetadata.MANDATE) Mandate mandate) {
        requireOpen(command);
        requireMandate(mandate, command.owner(), "owner.department", "The work");
        if (status != PlanStatus.ADOPTED) {
            throw Refusal.conflict("planId", "plan-not-adopted", "Plan " + planId + " is a draft: there is no adopted plan "
                    + "to work outside of yet; define the item in the plan instead.");
        }
        requireItemLevel(command.level());
        requireNewElement(command.itemId());
        requirePlacement(command.level(), command.parentId());
        requireAdoptedParent(command.parentId());
        if (command.actionType() == ActionType.CONDITIONAL_OPERATIONAL) {
            // Unplanned work has been carried out; it has no preconditions left to monitor (and the command none to give).
            throw Refusal.invalid("actionType", "conditional-not-unplanned", "Unplanned work is carried out, not waiting on "
                    + "preconditions; choose another action type.");
        }
        requireItemDetails(command.level(), command.actionType(), List.of(), command.period());
        apply(new UnplannedWorkRecorded(tenant, planId, command.itemId(), command.parentId(), command.level(),
                command.title().strip(), command.description(), command.owner(), command.actionType(), command.period(),
                command.cause(), command.causeExplanation().strip(), tagsOrNone(command.tags())));
    }

    /**
     * Decides a continuation that {@code ContinuationHandler} brings with what it looked up in the previous plan, which
     * is another aggregate. Not plan content, so no revision is needed; the same declaration again changes nothing.
     */
    public void declareContinuation(DeclareContinuation command, PreviousElement previous) {
        requireOpen(command);
        PlanElement element = activeElement("elementId", command.elementId());
        if (previous.lastYear() >= firstYear) {
            throw Refusal.invalid("previousPlanId", "previous-legislature-required", "Plan " + previous.planId() + " runs until "
                    + previous.lastYear() + "; only the plan of a legislature that ended before " + firstYear + " can be continued.");
        }
        if (!kindOf(element.level()).equals(kindOf(previous.level()))) {
            throw Refusal.invalid("previousElementId", "same-kind-required", command.elementId() + " is " + kindOf(element.level())
                    + ", " + previous.elementId() + " is " + kindOf(previous.level()) + "; only the same kind can be continued.");
        }
        Continuation continuation = new Continuation(previous.planId(), previous.elementId());
        if (!continuation.equals(element.continuation())) {
            apply(new ContinuationDeclared(tenant, planId, command.elementId(), previous.planId(), previous.elementId()));
        }
    }

    @CommandHandler
    void handle(WithdrawContinuation command) {
        requireOpen(command);
        Continuation continuation = activeElement("elementId", command.elementId()).continuation();
        if (continuation == null) {
            throw Refusal.conflict("elementId", "no-continuation", command.elementId() + " continues no element of an earlier legislature.");
        }
        apply(new ContinuationWithdrawn(tenant, planId, command.elementId(), continuation.previousPlanId(),
                continuation.previousElementId(), command.reason().strip()));
    }

    // ---- what a plan of a later legislature may ask of this one

    /** Another administration's plan is not there for the caller, not even to be continued. */
    public boolean belongsTo(TenantId caller) {
        return caller.equals(tenant);
    }

    /** What a plan of a later legislature needs to know to continue one of this plan's elements, if it has that element. */
    public Optional<PreviousElement> continuable(ElementId id) {
        return Optional.ofNullable(elements.get(id.value())).map(element -> new PreviousElement(planId, id, lastYear, element.level()));
    }

    // ---- rules shared by the commands above

    /** After adoption the plan's content changes only inside a revision, so the adopted edition stays what the council decided. */
    private void requireChangeable(PlanCommand command) {
        requireOpen(command);
        if (status == PlanStatus.ADOPTED && openRevision == null) {
            throw Refusal.conflict("planId", "no-open-revision", "Plan " + planId + " is adopted: open a revision to change it.");
        }
    }

    private RevisionInProgress requireOpenRevision() {
        if (openRevision == null) {
            throw Refusal.conflict("planId", "no-open-revision", "Plan " + planId + " has no open revision.");
        }
        return openRevision;
    }

    /** A council adopts a plan at the earliest in the year before the legislature's first year. */
    private void requireDecisionDate(LocalDate decisionDate) {
        int year = decisionDate.getYear();
        if (year < firstYear - 1 || year > lastYear) {
            throw Refusal.invalid("decisionDate", "within-legislature",
                    "The decision date must fall between " + (firstYear - 1) + " and " + lastYear + ".");
        }
    }

    /** Another administration's plan is not there for this caller; a closed plan takes no more changes. */
    private void requireOpen(PlanCommand command) {
        if (!tenant.equals(command.tenant())) {
            throw Refusal.unknown("planId", "unknown-plan", "There is no plan " + command.planId() + ".");
        }
        if (status == PlanStatus.CLOSED) {
            throw Refusal.conflict("planId", "plan-closed", "Plan " + planId + " is closed; it can no longer change.");
        }
    }

    private void requireItemLevel(Level level) {
        if (!level.isItem()) {
            throw Refusal.invalid("level", "item-level-required", level + " is not an activity or action.");
        }
    }

    /** Unplanned work hangs in the adopted plan, so that discarding the open revision cannot take its parent away. */
    private void requireAdoptedParent(ElementId parentId) {
        if (openRevision != null && parentId != null && openRevision.adds(parentId)) {
            throw Refusal.conflict("parentId", "parent-not-adopted", "Parent " + parentId + " is new in the open revision "
                    + "and not adopted yet; unplanned work hangs in the adopted plan.");
        }
    }

    private void requireNewElement(ElementId id) {
        if (elements.containsKey(id.value())) {
            throw Refusal.conflict("id", "duplicate-element", "Plan " + planId + " already has an element " + id + ".");
        }
    }

    /** The template decides which level may hang under which; a retired parent takes no new children. */
    private void requirePlacement(Level level, ElementId parentId) {
        if (!template.uses(level)) {
            throw Refusal.conflict("level", "level-not-in-template", "The " + template + " template has no level " + level + ".");
        }
        Optional<Level> parentLevel = Optional.empty();
        if (parentId != null) {
            PlanElement parent = element("parentId", parentId);
            if (!parent.isActive()) {
                throw Refusal.conflict("parentId", "parent-retired", "Parent " + parentId + " is retired.");
            }
            parentLevel = Optional.of(parent.level());
        }
        if (!template.allows(level, parentLevel)) {
            throw Refusal.conflict("parentId", "level-not-allowed-under-parent", parentLevel
                    .map(p -> "In the " + template + " template an element of level " + level + " cannot hang under "
                            + p + "; allowed parents: " + template.allowedParentsOf(level) + ".")
                    .orElse("In the " + template + " template only level " + template.rootLevel()
                            + " hangs directly under the plan; give a parent."));
        }
    }

    private void requirePriorityAllowed(Level level, boolean priority) {
        if (priority && level != Level.POLICY_GOAL) {
            throw Refusal.invalid("priority", "priority-only-for-policy-goals", "Only a policy goal can be marked priority.");
        }
    }

    private void requireItemDetails(Level level, ActionType actionType, List<String> preconditions, Period period) {
        if (level == Level.ACTION) {
            if (actionType == null) {
                throw Refusal.invalid("actionType", "required-for-action", "An action needs a type.");
            }
            if (period == null) {
                throw Refusal.invalid("period", "required-for-action", "An action needs a start and an end.");
            }
        } else if (actionType != null) {
            throw Refusal.invalid("actionType", "only-for-actions", "Only actions have a type; an activity is regular work.");
        }
        boolean hasPreconditions = preconditions != null && !preconditions.isEmpty();
        if (actionType == ActionType.CONDITIONAL_OPERATIONAL && !hasPreconditions) {
            throw Refusal.invalid("preconditions", "required-for-conditional-action",
                    "A conditional operational action needs the preconditions it depends on.");
        }
        if (actionType != ActionType.CONDITIONAL_OPERATIONAL && hasPreconditions) {
            throw Refusal.invalid("preconditions", "only-for-conditional-action",
                    "Only a conditional operational action has preconditions.");
        }
        if (period != null) {
            requireWithinLegislature("period", period);
        }
    }

    private void requireWithinLegislature(String field, Period period) {
        if (!period.within(firstYear, lastYear)) {
            throw Refusal.invalid(field, "within-legislature",
                    field + " must lie within the legislature " + firstYear + "-" + lastYear + ".");
        }
    }

    /** A scorer records only for the work of their own departments. */
    private static void requireMandate(Mandate mandate, Owner owner, String field, String what) {
        Refusal refusal = Mandate.orAny(mandate).refusalFor(owner == null ? null : owner.department(), field, what);
        if (refusal != null) {
            throw refusal;
        }
    }

    private void requireProgressDetails(ReportProgress command) {
        boolean hasCancellationReason = command.cancellationReason() != null && !command.cancellationReason().isBlank();
        if (command.status() == ProgressStatus.CANCELLED && !hasCancellationReason) {
            throw Refusal.invalid("cancellationReason", "required-when-cancelled", "Say why the item is cancelled.");
        }
        if (command.status() != ProgressStatus.CANCELLED && hasCancellationReason) {
            throw Refusal.invalid("cancellationReason", "only-when-cancelled", "Only a cancelled item has a cancellation reason.");
        }
        if (command.status() == ProgressStatus.POSTPONED) {
            if (command.postponedTo() == null) {
                throw Refusal.invalid("postponedTo", "required-when-postponed", "Say to which date the item is postponed.");
            }
            requireYearOfLegislature("postponedTo", command.postponedTo().getYear());
        } else if (command.postponedTo() != null) {
            throw Refusal.invalid("postponedTo", "only-when-postponed", "Only a postponed item has a date it is postponed to.");
        }
        if (command.status() == ProgressStatus.DONE && command.percentComplete() != 100) {
            throw Refusal.invalid("percentComplete", "done-is-100", "A done item is 100% complete.");
        }
        if (command.status() == ProgressStatus.NOT_STARTED && command.percentComplete() != 0) {
            throw Refusal.invalid("percentComplete", "not-started-is-0", "An item that has not started is 0% complete.");
        }
    }

    private void requireYearOfLegislature(int year) {
        requireYearOfLegislature("year", year);
    }

    private void requireYearOfLegislature(String field, int year) {
        if (year < firstYear || year > lastYear) {
            throw Refusal.invalid(field, "within-legislature", year + " is not a year of the legislature " + firstYear + "-" + lastYear + ".");
        }
    }

    private static String budgetKey(ElementId elementId, int year) {
        return elementId.value() + "/" + year;
    }

    private PlanElement element(String field, ElementId id) {
        PlanElement element = elements.get(id.value());
        if (element == null) {
            throw Refusal.unknown(field, "unknown-element", "Plan " + planId + " has no element " + id + ".");
        }
        return element;
    }

    private PlanElement activeElement(String field, ElementId id) {
        PlanElement element = element(field, id);
        if (!element.isActive()) {
            throw Refusal.conflict(field, "element-retired", id + " is retired; it can no longer change.");
        }
        return element;
    }

    private PlanElement activeItem(ElementId id) {
        PlanElement item = activeElement("itemId", id);
        if (!item.level().isItem()) {
            throw Refusal.conflict("itemId", "not-an-item", id + " is a " + item.level() + ", not an activity or action.");
        }
        return item;
    }

    /** Goals continue goals (whatever their level), action plans action plans, activities and actions each other. */
    private static String kindOf(Level level) {
        return level.isGoal() ? "a goal" : level.isItem() ? "an activity or action" : "an action plan";
    }

    private static Tags tagsOrNone(Tags tags) {
        return tags == null ? Tags.NONE : tags;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    // ---- state

    @EventSourcingHandler
    void on(PlanDrafted event) {
        planId = event.planId();
        tenant = event.tenant();
        template = event.template();
        firstYear = event.firstYear();
        lastYear = event.lastYear();
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(MissionSet event) {
        statementSet(PlanStatement.MISSION);
    }

    @EventSourcingHandler
    void on(VisionSet event) {
        statementSet(PlanStatement.VISION);
    }

    @EventSourcingHandler
    void on(CoreValuesSet event) {
        statementSet(PlanStatement.CORE_VALUES);
    }

    @EventSourcingHandler
    void on(GoalDefined event) {
        define(new PlanElement(event.goalId(), event.parentId(), event.level(), null));
    }

    @EventSourcingHandler
    void on(ActionPlanDefined event) {
        define(new PlanElement(event.actionPlanId(), event.parentId(), Level.ACTION_PLAN, null));
    }

    @EventSourcingHandler
    void on(ItemDefined event) {
        define(new PlanElement(event.itemId(), event.parentId(), event.level(), event.owner()));
    }

    @EventSourcingHandler
    void on(UnplannedWorkRecorded event) {
        elements.put(event.itemId().value(), PlanElement.unplanned(event.itemId(), event.parentId(), event.level(), event.owner()));
    }

    @EventSourcingHandler
    void on(ContinuationDeclared event) {
        elements.get(event.elementId().value()).continues(new Continuation(event.previousPlanId(), event.previousElementId()));
    }

    @EventSourcingHandler
    void on(ContinuationWithdrawn event) {
        elements.get(event.elementId().value()).continues(null);
    }

    @EventSourcingHandler
    void on(OwnerReassigned event) {
        elements.get(event.itemId().value()).assignTo(event.owner());
        replaced(event.itemId());
    }

    @EventSourcingHandler
    void on(ElementMoved event) {
        elements.get(event.elementId().value()).moveUnder(event.parentId());
        replaced(event.elementId());
    }

    @EventSourcingHandler
    void on(ElementRetired event) {
        PlanElement element = elements.get(event.elementId().value());
        element.retire();
        if (openRevision != null && !element.isUnplanned()) {
            openRevision = openRevision.retire(event.elementId());
        }
    }

    @EventSourcingHandler
    void on(GoalRevised event) {
        replaced(event.goalId());
    }

    @EventSourcingHandler
    void on(ActionPlanRevised event) {
        replaced(event.actionPlanId());
    }

    @EventSourcingHandler
    void on(ItemRevised event) {
        replaced(event.itemId());
    }

    @EventSourcingHandler
    void on(ElementRetagged event) {
        replaced(event.elementId());
    }

    @EventSourcingHandler
    void on(RevisionOpened event) {
        revisions = event.revisionNumber();
        openRevision = RevisionInProgress.opened(event.revisionNumber(), event.name(), elements);
    }

    @EventSourcingHandler
    void on(RevisionAdopted event) {
        edition = event.edition();
        lastDecisionDate = event.decisionDate();
        openRevision = null;
    }

    /** The plan's content goes back to the last edition; progress, continuations and unplanned work are not part of revisions and stay. */
    @EventSourcingHandler
    void on(RevisionDiscarded event) {
        elements = openRevision.discardedFrom(elements);
        openRevision = null;
    }

    private void define(PlanElement element) {
        elements.put(element.id().value(), element);
        if (openRevision != null) {
            openRevision = openRevision.define(element.id());
        }
    }

    /** The plan keeps no statement texts (the projections do), only which ones an open revision set. */
    private void statementSet(PlanStatement statement) {
        if (openRevision != null) {
            openRevision = openRevision.set(statement);
        }
    }

    private void replaced(ElementId id) {
        if (openRevision != null && !elements.get(id.value()).isUnplanned()) {
            openRevision = openRevision.replace(id);
        }
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        elements.get(event.itemId().value()).reportProgress(event.status());
    }

    @EventSourcingHandler
    void on(BudgetEstimated event) {
        estimates.put(budgetKey(event.elementId(), event.year()), event.figures());
    }

    @EventSourcingHandler
    void on(BudgetEstimateRevised event) {
        estimates.put(budgetKey(event.elementId(), event.year()), event.figures());
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        status = PlanStatus.ADOPTED;
        edition = 1;
        lastDecisionDate = event.decisionDate();
    }

    @EventSourcingHandler
    void on(PlanClosed event) {
        status = PlanStatus.CLOSED;
    }
}
