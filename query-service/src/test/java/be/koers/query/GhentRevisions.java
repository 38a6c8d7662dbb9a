package be.koers.query;

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
import be.koers.planning.api.plan.OwnerReassigned;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanStatement;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.plan.VisionSet;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionDiscarded;
import be.koers.planning.api.revision.RevisionOpened;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Revisions of an adopted {@link GhentPlan} as the command-service would record them (publish the plan first; these
 * continue its stream): revision 1 adopted as edition 2, revision 2 discarded, revision 3 adopted as edition 3,
 * and revision 4 left open.
 */
public final class GhentRevisions {

    public static final String REVISION_1 = "Aanpassing meerjarenplan 2026";
    public static final String REVISION_2 = "Besparingsronde";
    public static final String REVISION_3 = "Aanpassing meerjarenplan 2027";
    public static final LocalDate EDITION_1_DECIDED = LocalDate.of(2025, 12, 18);
    public static final LocalDate EDITION_2_DECIDED = LocalDate.of(2026, 6, 25);
    public static final LocalDate EDITION_3_DECIDED = LocalDate.of(2026, 12, 17);
    public static final Period CYCLE_ROUTE_RUN = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    public static final Period CYCLE_ROUTE_LONGER = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30));

    public final GhentPlan ghent;
    /** An action added by revision 1 under the park maintenance, moved by revision 3 under the city forests. */
    public final ElementId playForest = ElementId.generate();
    /** An action only the discarded revision 2 had, with a progress report. */
    public final ElementId temporaryProject = ElementId.generate();
    /** An operational goal added by revision 3. */
    public final ElementId cityForests = ElementId.generate();

    public GhentRevisions(GhentPlan ghent) {
        this.ghent = ghent;
    }

    /**
     * Renames the green-space goal, adds the play forest, moves the cycle route back under park management,
     * retires the Bloemekespark and sets a new mission; then adopted as edition 2.
     */
    public List<PlanEvent> revision1() {
        return List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 1, REVISION_1, "Jaarlijkse aanpassing"),
                new GoalRevised(ghent.tenant, ghent.planId, ghent.greenSpace, "Groen op wandelafstand", null,
                        "Elke Gentenaar vindt groen binnen 300 meter", true),
                new ItemDefined(ghent.tenant, ghent.planId, playForest, ghent.maintainParks, Level.ACTION, "Speelbos aanleggen",
                        null, GhentPlan.GREEN_SERVICE, ActionType.OPERATIONAL, null,
                        new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)), Tags.NONE),
                new ElementMoved(ghent.tenant, ghent.planId, ghent.cycleRoute, ghent.maintainParks, ghent.parkManagement),
                new ElementRetired(ghent.tenant, ghent.planId, ghent.bloemekespark, "Opgeleverd"),
                new MissionSet(ghent.tenant, ghent.planId, "Gent is een stad voor iedereen, ook morgen."),
                new RevisionAdopted(ghent.tenant, ghent.planId, 1, 2, REVISION_1, EDITION_2_DECIDED, "GR-2026-0625",
                        List.of(playForest), List.of(ghent.greenSpace, ghent.cycleRoute), List.of(ghent.bloemekespark)));
    }

    /** Renames park maintenance, adds a temporary project (with progress) and a vision; then discarded. */
    public List<PlanEvent> revision2Changes() {
        return List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 2, REVISION_2, null),
                new ItemRevised(ghent.tenant, ghent.planId, ghent.maintainParks, "Parken onderhouden", null, null, null, null),
                new ItemDefined(ghent.tenant, ghent.planId, temporaryProject, ghent.parkManagement, Level.ACTION,
                        "Tijdelijk project", null, GhentPlan.MOBILITY, ActionType.OPERATIONAL, null,
                        new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), Tags.NONE),
                new ProgressReported(ghent.tenant, ghent.planId, temporaryProject, ProgressStatus.STARTED,
                        ProgressStatus.NOT_STARTED, 10, "Gestart", null, null),
                new VisionSet(ghent.tenant, ghent.planId, "Een zuinige stad."));
    }

    public PlanEvent revision2Discarded() {
        return new RevisionDiscarded(ghent.tenant, ghent.planId, 2, "Niet gesteund door het college", List.of(temporaryProject),
                List.of(ghent.maintainParks), List.of(PlanStatement.VISION));
    }

    /**
     * Reassigns the play forest, retags park maintenance, lengthens the cycle route, adds the city forests and moves
     * the play forest under them, retires the street trees and adds a core value; then adopted as edition 3.
     */
    public List<PlanEvent> revision3() {
        return List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 3, REVISION_3, null),
                new OwnerReassigned(ghent.tenant, ghent.planId, playForest, GhentPlan.GREEN_SERVICE, GhentPlan.URBAN_DEVELOPMENT),
                new ElementRetagged(ghent.tenant, ghent.planId, ghent.maintainParks,
                        GhentPlan.tags(Set.of("Groen", "Klimaat"), Set.of("Bewoners"), Set.of("Parken"), Set.of(13, 15))),
                new ItemRevised(ghent.tenant, ghent.planId, ghent.cycleRoute, "Fietsroute door het park", null,
                        ActionType.CONDITIONAL_OPERATIONAL, List.of("Subsidie van Vlaanderen"), CYCLE_ROUTE_LONGER),
                new GoalDefined(ghent.tenant, ghent.planId, cityForests, ghent.greenSpace, Level.OPERATIONAL_GOAL, "Stadsbossen",
                        null, null, false, Tags.NONE),
                new ElementMoved(ghent.tenant, ghent.planId, playForest, ghent.maintainParks, cityForests),
                new ElementRetired(ghent.tenant, ghent.planId, ghent.streetTrees, "Opgenomen in de stadsbossen"),
                new CoreValuesSet(ghent.tenant, ghent.planId, List.of("Openheid", "Verbinding", "Duurzaamheid")),
                new RevisionAdopted(ghent.tenant, ghent.planId, 3, 3, REVISION_3, EDITION_3_DECIDED, "GR-2026-1217",
                        List.of(cityForests), List.of(playForest, ghent.maintainParks, ghent.cycleRoute),
                        List.of(ghent.streetTrees)));
    }

    /** A revision left open, with one change: the adopted copy exists. */
    public List<PlanEvent> revision4Open() {
        return List.of(
                new RevisionOpened(ghent.tenant, ghent.planId, 4, "Aanpassing meerjarenplan 2028", null),
                new GoalRevised(ghent.tenant, ghent.planId, cityForests, "Stadsbossen en voedselbossen", null, null, false));
    }
}
