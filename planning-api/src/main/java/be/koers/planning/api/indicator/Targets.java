package be.koers.planning.api.indicator;

import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An indicator's targets, in period order, and which of them a score is judged against. */
public final class Targets {

    private final List<Target> inPeriodOrder;
    private final Map<MeasurementPeriod, Target> byPeriod;

    public Targets(List<Target> inPeriodOrder) {
        this.inPeriodOrder = List.copyOf(inPeriodOrder);
        this.byPeriod = inPeriodOrder.stream().collect(Collectors.toUnmodifiableMap(Target::period, Function.identity()));
    }

    public List<Target> list() {
        return inPeriodOrder;
    }

    /**
     * The target of the score's own period, else of the smallest period containing it: a monthly score falls back
     * on its quarter's target, then its year's; a quarterly one on its year's. A plan often sets yearly targets for
     * indicators measured every month.
     */
    public Optional<Target> applicableTo(MeasurementPeriod period) {
        return selfAndContaining(period).stream().map(byPeriod::get).filter(target -> target != null).findFirst();
    }

    private static List<MeasurementPeriod> selfAndContaining(MeasurementPeriod period) {
        List<MeasurementPeriod> periods = new ArrayList<>(List.of(period));
        if (period.month() != null) {
            periods.add(new MeasurementPeriod(period.year(), (period.month() - 1) / 3 + 1, null));
        }
        if (period.month() != null || period.quarter() != null) {
            periods.add(new MeasurementPeriod(period.year(), null, null));
        }
        return periods;
    }
}
