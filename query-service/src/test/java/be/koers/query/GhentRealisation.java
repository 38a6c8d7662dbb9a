package be.koers.query;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.ContinuationWithdrawn;
import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;

import java.time.LocalDate;
import java.util.Set;

/**
 * What happens to an adopted {@link GhentPlan} besides its revisions, as the command-service would record it (publish
 * the plan first; these continue its stream): work carried out without being in the plan (seed 001, slide 14), and
 * the continuity with the plan of the previous legislature, which is known here by its ids only.
 */
public final class GhentRealisation {

    public static final String POP_UP_PARK = "Pop-uppark op de Oude Dokken";
    public static final String POP_UP_PARK_CAUSE = "Een braakliggend terrein kwam vrij";
    public static final Period POP_UP_PARK_RUN = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31));
    public static final String HEAT_PLAN = "Hitteplan voor de parken";
    public static final String HEAT_PLAN_CAUSE = "Opgelegd door de Vlaamse overheid";

    public final GhentPlan ghent;
    /** The plan of the legislature before, and some of its elements and an indicator. */
    public final PlanId previousPlan = PlanId.generate();
    public final ElementId previousGreenSpace = ElementId.generate();
    public final ElementId previousParks = ElementId.generate();
    public final IndicatorId previousIndicator = IndicatorId.generate();
    /** An unplanned action under the park maintenance. */
    public final ElementId popUpPark = ElementId.generate();
    /** An unplanned activity under park management. */
    public final ElementId heatPlan = ElementId.generate();

    public GhentRealisation(GhentPlan ghent) {
        this.ghent = ghent;
    }

    /** A site came free: an action nobody planned, under the park maintenance. */
    public UnplannedWorkRecorded popUpParkRecorded() {
        return new UnplannedWorkRecorded(ghent.tenant, ghent.planId, popUpPark, ghent.maintainParks, Level.ACTION, POP_UP_PARK,
                "Tijdelijk groen tot de bouw start", GhentPlan.GREEN_SERVICE, ActionType.OPERATIONAL, POP_UP_PARK_RUN,
                UnplannedWorkCause.OPPORTUNITY, POP_UP_PARK_CAUSE,
                GhentPlan.tags(Set.of("Groen"), Set.of("Bewoners"), Set.of(), Set.of(11)));
    }

    /** Flanders imposed it: an activity under park management, without a period or tags. */
    public UnplannedWorkRecorded heatPlanRecorded() {
        return new UnplannedWorkRecorded(ghent.tenant, ghent.planId, heatPlan, ghent.parkManagement, Level.ACTIVITY, HEAT_PLAN,
                null, GhentPlan.GREEN_SERVICE, null, null, UnplannedWorkCause.IMPOSED_POLICY, HEAT_PLAN_CAUSE, Tags.NONE);
    }

    /** The element carries over {@code previous} of the previous legislature's plan. */
    public ContinuationDeclared continues(ElementId element, ElementId previous) {
        return new ContinuationDeclared(ghent.tenant, ghent.planId, element, previousPlan, previous);
    }

    public ContinuationWithdrawn withdrawn(ElementId element, ElementId previous, String reason) {
        return new ContinuationWithdrawn(ghent.tenant, ghent.planId, element, previousPlan, previous, reason);
    }

    /** The indicator of the Ghent plan continues {@link #previousIndicator}. */
    public IndicatorContinuationDeclared indicatorContinues(IndicatorId indicator) {
        return new IndicatorContinuationDeclared(ghent.tenant, indicator, ghent.planId, previousIndicator, previousPlan);
    }
}
