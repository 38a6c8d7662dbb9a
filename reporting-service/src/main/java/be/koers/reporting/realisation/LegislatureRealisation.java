package be.koers.reporting.realisation;

import be.koers.reporting.plan.PlanHeading;

/** The realisation of one legislature's plan, for comparing legislatures. */
public record LegislatureRealisation(PlanHeading plan, RealisationFigures total) {
}
