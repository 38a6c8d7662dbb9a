package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantScoped;

/** Every event of a plan's stream. Listing them here also registers them for (de)serialisation across services. */
public sealed interface PlanEvent extends TenantScoped
        permits PlanDrafted, MissionSet, VisionSet, CoreValuesSet,
        GoalDefined, GoalRevised, ActionPlanDefined, ActionPlanRevised,
        ItemDefined, ItemRevised, OwnerReassigned, ElementMoved,
        ElementRetagged, ElementRetired, PlanAdopted, PlanClosed {
    PlanId planId();
}
