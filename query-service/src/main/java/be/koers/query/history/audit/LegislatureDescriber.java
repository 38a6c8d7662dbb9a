package be.koers.query.history.audit;

import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import org.springframework.stereotype.Component;

import static be.koers.query.plan.FieldChange.quoted;

/** Lines for legislatures: created, and the plan attached to one. */
@Component
class LegislatureDescriber implements Describer {

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(LegislatureCreated.class, (e, envelope) -> Description.of("Legislature " + quoted(e.name())
                        + " created for " + e.firstYear() + "-" + e.lastYear()))
                .on(PlanAttachedToLegislature.class, (e, envelope) -> Description.of("Plan " + e.planId()
                        + " attached to legislature " + e.legislatureId()));
    }
}
