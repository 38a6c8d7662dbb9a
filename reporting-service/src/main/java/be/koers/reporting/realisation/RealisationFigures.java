package be.koers.reporting.realisation;

import be.koers.planning.api.realisation.UnplannedWorkCause;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The realisation of a set of items. The budget of realised policy is what was actually spent on it; the budget of
 * planned and unrealised policy is what had been estimated for it.
 *
 * @param deliberateOfRealised  deliberate ÷ realised policy: most realised policy should have been planned
 * @param spontaneousOfRealised spontaneous ÷ realised policy
 * @param unrealisedOfPlanned   unrealised ÷ planned policy: only a small part of the plan may stay unrealised
 */
public record RealisationFigures(
        Tally planned,
        Tally realised,
        Tally deliberate,
        Tally unrealised,
        Tally spontaneous,
        Tally unplannedNotCarriedOut,
        Map<Outcome, Tally> plannedByOutcome,
        Map<UnplannedWorkCause, Tally> spontaneousByCause,
        Share deliberateOfRealised,
        Share spontaneousOfRealised,
        Share unrealisedOfPlanned) {

    static RealisationFigures of(Collection<RealisedItem> items) {
        Map<PolicyKind, Tally> byKind = new EnumMap<>(PolicyKind.class);
        Map<Outcome, Tally> byOutcome = new EnumMap<>(Outcome.class);
        Map<UnplannedWorkCause, Tally> byCause = new EnumMap<>(UnplannedWorkCause.class);
        for (PolicyKind kind : PolicyKind.values()) {
            byKind.put(kind, Tally.NONE);
        }
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome, Tally.NONE);
        }
        for (UnplannedWorkCause cause : UnplannedWorkCause.values()) {
            byCause.put(cause, Tally.NONE);
        }
        for (RealisedItem item : items) {
            byKind.merge(item.kind(), item.tally(), Tally::plus);
            if (item.planned()) {
                byOutcome.merge(item.outcome(), item.tally(), Tally::plus);
            } else if (item.kind() == PolicyKind.SPONTANEOUS) {
                byCause.merge(item.cause(), item.tally(), Tally::plus);
            }
        }
        Tally deliberate = byKind.get(PolicyKind.DELIBERATE);
        Tally unrealised = byKind.get(PolicyKind.UNREALISED);
        Tally spontaneous = byKind.get(PolicyKind.SPONTANEOUS);
        Tally planned = deliberate.plus(unrealised);
        Tally realised = deliberate.plus(spontaneous);
        return new RealisationFigures(planned, realised, deliberate, unrealised, spontaneous,
                byKind.get(PolicyKind.UNPLANNED_NOT_CARRIED_OUT), byOutcome, byCause,
                Share.of(deliberate.count(), realised.count(), deliberate.actualExpenditure(), realised.actualExpenditure()),
                Share.of(spontaneous.count(), realised.count(), spontaneous.actualExpenditure(), realised.actualExpenditure()),
                Share.of(unrealised.count(), planned.count(), unrealised.estimatedExpenditure(), planned.estimatedExpenditure()));
    }
}
