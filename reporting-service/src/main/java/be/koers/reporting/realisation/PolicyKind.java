package be.koers.reporting.realisation;

/**
 * The parts of the policy model of seed 001 (slides 12-14): realised policy = deliberate + spontaneous policy;
 * planned policy = deliberate + unrealised policy.
 */
public enum PolicyKind {
    /** In the adopted plan and carried out, fully or partly (bewust beleid). */
    DELIBERATE,
    /** In the adopted plan, not carried out or cancelled (niet-gerealiseerd beleid). */
    UNREALISED,
    /** Carried out, fully or partly, without being in the plan (spontaan beleid). */
    SPONTANEOUS,
    /** Recorded as unplanned work but not (yet) carried out: neither planned nor realised policy. */
    UNPLANNED_NOT_CARRIED_OUT;

    static PolicyKind of(boolean planned, Outcome outcome) {
        if (planned) {
            return outcome.carriedOut() ? DELIBERATE : UNREALISED;
        }
        return outcome.carriedOut() ? SPONTANEOUS : UNPLANNED_NOT_CARRIED_OUT;
    }
}
