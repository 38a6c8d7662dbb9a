package be.koers.query;

import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.CoreValuesSet;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementMoved;
import be.koers.planning.api.plan.ElementRetagged;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.GoalRevised;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.ItemRevised;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan of the Ghent template as the command-service would have recorded it (seed 002, slide 13): the ecological
 * pillar → enough green space → quality management → maintaining parks → constructing the Bloemekespark, plus a
 * second operational goal, a moved action, a retired activity, revisions and an adoption.
 */
public final class GhentPlan {

    /** Sequence number of the last event of {@link #planEvents()}: the plan's version once all are applied. */
    public static final long VERSION = 18;
    public static final Owner GREEN_SERVICE = new Owner("Groendienst", "Schepen van Groen");
    public static final Owner MOBILITY = new Owner("Mobiliteitsbedrijf", "Schepen van Mobiliteit");
    public static final Owner URBAN_DEVELOPMENT = new Owner("Stedenbouw", "Schepen van Ruimte");

    public final TenantId tenant;
    public final LegislatureId legislatureId = LegislatureId.generate();
    public final PlanId planId = PlanId.generate();
    public final ElementId pillar = ElementId.generate();
    public final ElementId greenSpace = ElementId.generate();
    public final ElementId parkManagement = ElementId.generate();
    public final ElementId maintainParks = ElementId.generate();
    public final ElementId bloemekespark = ElementId.generate();
    public final ElementId cycleRoute = ElementId.generate();
    public final ElementId streetTrees = ElementId.generate();
    public final ElementId mowing = ElementId.generate();

    public GhentPlan(TenantId tenant) {
        this.tenant = tenant;
    }

    public List<TenantScoped> legislatureEvents() {
        return List.of(new LegislatureCreated(tenant, legislatureId, "2025-2030", 2025, 2030),
                new PlanAttachedToLegislature(tenant, legislatureId, planId));
    }

    /** The plan's stream; its last event has sequence number {@link #VERSION}. */
    public List<PlanEvent> planEvents() {
        return List.of(
                new PlanDrafted(tenant, planId, legislatureId, "Meerjarenplan 2025-2030", PlanTemplate.GHENT, 2025, 2030),
                new MissionSet(tenant, planId, "Gent is een stad voor iedereen."),
                new VisionSet(tenant, planId, "Een groene, leefbare stad."),
                new CoreValuesSet(tenant, planId, List.of("Openheid", "Verbinding")),
                new GoalDefined(tenant, planId, pillar, null, Level.MAIN_STRATEGIC_GOAL, "Ecologische en ruimtelijke pijler",
                        "Gent bouwt aan een duurzame stad", null, false, tags(Set.of("Milieu"), Set.of(), Set.of(), Set.of(11, 13))),
                new GoalDefined(tenant, planId, greenSpace, pillar, Level.STRATEGIC_GOAL, "Voldoende groen",
                        null, "Elke Gentenaar vindt groen op wandelafstand", true, Tags.NONE),
                new GoalDefined(tenant, planId, parkManagement, greenSpace, Level.OPERATIONAL_GOAL, "Kwaliteitsbeheer en aanleg",
                        null, null, false, Tags.NONE),
                new ItemDefined(tenant, planId, maintainParks, parkManagement, Level.ACTIVITY,
                        "Parken en groenzones aanleggen, beheren en onderhouden", null, GREEN_SERVICE, null, null, null,
                        tags(Set.of("Groen"), Set.of("Bewoners"), Set.of("Parken"), Set.of(15))),
                new ItemDefined(tenant, planId, bloemekespark, maintainParks, Level.ACTION, "Aanleg Bloemekespark", null,
                        GREEN_SERVICE, ActionType.OPERATIONAL, null, new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 30)),
                        tags(Set.of("Groen"), Set.of(), Set.of("Parken"), Set.of())),
                new ItemDefined(tenant, planId, cycleRoute, parkManagement, Level.ACTION, "Fietsroute door het park", null,
                        MOBILITY, ActionType.CONDITIONAL_OPERATIONAL, List.of("Subsidie van Vlaanderen"),
                        new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), Tags.NONE),
                new GoalDefined(tenant, planId, streetTrees, greenSpace, Level.OPERATIONAL_GOAL, "Straatbomen",
                        null, null, false, Tags.NONE),
                new ItemDefined(tenant, planId, mowing, streetTrees, Level.ACTIVITY, "Bermen maaien", null,
                        GREEN_SERVICE, null, null, null, Tags.NONE),
                new ElementRetired(tenant, planId, mowing, "Overgedragen aan de wijkwerking"),
                new ItemRevised(tenant, planId, bloemekespark, "Aanleg en opening Bloemekespark", "Met buurtparticipatie",
                        ActionType.OPERATIONAL, null, new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 9, 30))),
                new OwnerReassigned(tenant, planId, cycleRoute, MOBILITY, URBAN_DEVELOPMENT),
                new ElementRetagged(tenant, planId, bloemekespark, tags(Set.of("Groen", "Sport"), Set.of("Kinderen"), Set.of(), Set.of(3))),
                new ElementMoved(tenant, planId, cycleRoute, parkManagement, maintainParks),
                new GoalRevised(tenant, planId, greenSpace, "Voldoende en kwaliteitsvol groen", null,
                        "Elke Gentenaar vindt groen binnen 400 meter", true),
                new PlanAdopted(tenant, planId, LocalDate.of(2025, 12, 18), "GR-2025-1218"));
    }

    public static Tags tags(Set<String> policyFields, Set<String> targetGroups, Set<String> subAreas, Set<Integer> sdgs) {
        return new Tags(new TreeSet<>(policyFields), new TreeSet<>(targetGroups), new TreeSet<>(subAreas), new TreeSet<>(sdgs));
    }
}
