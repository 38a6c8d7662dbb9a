package be.koers.planning.api;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.EarlierRevision;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every event Koers publishes, by the {@code type} of its {@link EventEnvelope}. A new event is added here, or
 * consumers skip it as unknown; so is each earlier revision of an event that Kafka may still hold.
 */
public final class EventCatalog {

    private static final List<Class<?>> EVENTS = List.of(
            TenantCreated.class, TenantSettingsChanged.class, DepartmentDefined.class, DepartmentRevised.class,
            DepartmentRemoved.class,
            LegislatureCreated.class, PlanAttachedToLegislature.class,
            PlanDrafted.class, MissionSet.class, VisionSet.class, CoreValuesSet.class,
            GoalDefined.class, GoalRevised.class, ActionPlanDefined.class, ActionPlanRevised.class,
            ItemDefined.class, ItemRevised.class, OwnerReassigned.class, ElementMoved.class,
            ElementRetagged.class, ElementRetired.class, PlanAdopted.class, PlanClosed.class,
            RevisionOpened.class, RevisionAdopted.class, RevisionDiscarded.class,
            ProgressReported.class, BudgetEstimated.class, BudgetEstimateRevised.class, BudgetActualsRecorded.class,
            IndicatorDefined.class, IndicatorRevised.class, IndicatorRetargeted.class, IndicatorRetired.class,
            ScoreRecorded.class, ScoreCorrected.class,
            UnplannedWorkRecorded.class, ContinuationDeclared.class, ContinuationWithdrawn.class,
            IndicatorContinuationDeclared.class);

    /** Envelopes published before their event's record changed stay on the topics, which are kept forever. */
    private static final List<EarlierRevision> EARLIER_REVISIONS = List.of(RevisionDiscarded.REVISION_1);

    private static final Map<String, Class<? extends TenantScoped>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type.asSubclass(TenantScoped.class)));

    private EventCatalog() {
    }

    public static Optional<Class<? extends TenantScoped>> eventClass(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Set<String> types() {
        return BY_TYPE.keySet();
    }

    /**
     * The envelope with its payload in the revision of this version's record, rewritten step by step as the
     * command-service's upcasters rewrite the stored event, when it is of an earlier revision listed here; any other
     * envelope as it is.
     */
    public static EventEnvelope inCurrentRevision(EventEnvelope envelope) {
        return EARLIER_REVISIONS.stream().filter(earlier -> earlier.isOf(envelope)).findFirst()
                .map(earlier -> inCurrentRevision(earlier.readAsNext(envelope)))
                .orElse(envelope);
    }
}
