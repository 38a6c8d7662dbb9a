package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantScoped;

/** Every command on an existing plan. */
public sealed interface PlanCommand extends TenantScoped
        permits SetMission, SetVision, SetCoreValues, DefineGoal,
        ReviseGoal, DefineActionPlan, ReviseActionPlan, DefineItem,
        ReviseItem, ReassignOwner, MoveElement, RetagElement,
        RetireElement, AdoptPlan, ClosePlan {
    PlanId planId();
}
