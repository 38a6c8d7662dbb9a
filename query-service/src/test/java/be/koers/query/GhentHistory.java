package be.koers.query;

import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.shared.TenantId;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ghent plan through its editions: a revision adopted, one discarded and one open, so that every table of
 * revisions, history and audit has rows; unplanned work and continuations outside revisions, inside the discarded one
 * and inside the open one; scores recorded and corrected.
 */
public final class GhentHistory {

    public final GhentPlan ghent;
    public final GhentMonitoring monitoring;
    public final GhentRevisions revisions;
    public final GhentRealisation realisation;

    public GhentHistory(TenantId tenant) {
        ghent = new GhentPlan(tenant);
        monitoring = new GhentMonitoring(ghent);
        revisions = new GhentRevisions(ghent);
        realisation = new GhentRealisation(ghent);
    }

    /** The plan's events after its own ({@link GhentPlan#planEvents()}) and its monitoring's. */
    public List<PlanEvent> revised() {
        List<PlanEvent> revised = new ArrayList<>(revisions.revision1());
        revised.add(realisation.continues(ghent.greenSpace, realisation.previousGreenSpace));
        revised.addAll(revisions.revision2Changes());
        revised.add(realisation.popUpParkRecorded());
        revised.add(realisation.continues(realisation.popUpPark, realisation.previousParks));
        revised.add(revisions.revision2Discarded());
        revised.addAll(revisions.revision3());
        revised.addAll(revisions.revision4Open());
        revised.add(realisation.heatPlanRecorded());
        revised.add(realisation.withdrawn(ghent.greenSpace, realisation.previousGreenSpace, "Vergissing"));
        return revised;
    }

    /** The indicator's events, its continuation of the previous legislature's included. */
    public List<IndicatorEvent> indicatorEvents() {
        List<IndicatorEvent> indicatorEvents = new ArrayList<>(monitoring.indicatorEvents());
        indicatorEvents.add(realisation.indicatorContinues(monitoring.greenPerResident));
        return indicatorEvents;
    }
}
