package be.koers.planning.api.realisation;

/** Why work was carried out without being in the plan: the causes of spontaneous policy (seed 001, slide 14). */
public enum UnplannedWorkCause {
    /** Nieuwe maatschappelijke ontwikkelingen. */
    NEW_SOCIETAL_DEVELOPMENT,
    /** Verplicht of opgelegd beleid, e.g. by the Flemish or federal government. */
    IMPOSED_POLICY,
    /** Een opportuniteit: a subsidy call, a partner, a site that came free. */
    OPPORTUNITY,
    /** Een politieke oorzaak. */
    POLITICAL
}
