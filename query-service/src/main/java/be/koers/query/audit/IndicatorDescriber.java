package be.koers.query.audit;

import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.query.indicator.IndicatorContinuation;
import be.koers.query.indicator.IndicatorDefinition;
import be.koers.query.indicator.IndicatorQueries;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.koers.query.plan.FieldChange.quoted;

/**
 * Lines for indicators, their scores and their continuity: "Score of 'Residents near a park' for 2027-Q2 corrected
 * from 64.2 to 46.2 (revision 2): Digits swapped", "Indicator 'Residents near a park' declared to continue indicator
 * I7 of plan P2019". The indicator's own state before the event gives the "from" values.
 */
@Component
class IndicatorDescriber implements Describer {

    private final IndicatorQueries indicators;

    IndicatorDescriber(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(IndicatorDefined.class, (e, envelope) -> defined(e))
                .on(IndicatorRevised.class, (e, envelope) -> revised(e))
                .on(IndicatorRetargeted.class, (e, envelope) -> retargeted(e))
                .on(IndicatorRetired.class, (e, envelope) -> Description.of("Indicator " + quoted(name(e)) + " retired: "
                        + e.reason()).because(e.reason()))
                .on(IndicatorContinuationDeclared.class, (e, envelope) -> continuationDeclared(e))
                .on(ScoreRecorded.class, (e, envelope) -> Description.of(null, "Score of " + quoted(name(e)) + " for "
                        + e.period() + " recorded: " + e.value().toPlainString(), List.of(value(null, e.value()))))
                .on(ScoreCorrected.class, (e, envelope) -> Description.of(null, "Score of " + quoted(name(e)) + " for "
                        + e.period() + " corrected from " + plain(e.previousValue()) + " to " + e.value().toPlainString()
                        + " (revision " + e.revision() + "): " + e.reason(), List.of(value(e.previousValue(), e.value())))
                        .because(e.reason()));
    }

    private static Description defined(IndicatorDefined event) {
        List<FieldChange> changes = definitionChanges(null, new IndicatorDefinition(event.name(), event.unit(), event.kind(),
                event.direction(), event.frequency(), event.baseline(), event.dataSource(), event.ownerDepartment(),
                event.targets()));
        int linked = event.linkedElements() == null ? 0 : event.linkedElements().size();
        return Description.of(null, "Indicator " + quoted(event.name()) + " defined: " + event.kind() + " in "
                + quoted(event.unit()) + ", " + event.frequency() + ", " + event.direction() + ", linked to " + linked
                + " element(s)", changes);
    }

    private Description revised(IndicatorRevised event) {
        Optional<IndicatorDefinition> before = indicators.definition(event.tenant(), event.indicatorId());
        IndicatorDefinition after = before.map(b -> new IndicatorDefinition(event.name(), event.unit(), b.kind(),
                b.direction(), b.frequency(), b.baseline(), event.dataSource(), event.ownerDepartment(), b.targets())).orElse(null);
        List<FieldChange> changes = after == null ? List.of() : definitionChanges(before.get(), after);
        return Description.of(null, Description.sentence("Indicator " + quoted(event.name()) + " revised", changes), changes)
                .because(event.reason());
    }

    private Description retargeted(IndicatorRetargeted event) {
        Optional<IndicatorDefinition> before = indicators.definition(event.tenant(), event.indicatorId());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of("baseline", "baseline",
                before.map(IndicatorDefinition::baseline).map(IndicatorDescriber::text).orElse(null), text(event.baseline())));
        changes.addAll(targetChanges(before.map(IndicatorDefinition::targets).orElse(List.of()), event.targets()));
        return Description.of(null, Description.sentence("Targets of indicator " + quoted(name(event)) + " changed", changes),
                changes).because(event.reason());
    }

    /** The earlier indicator by its ids: its plan is of another legislature, and a line reads only its own stream. */
    private Description continuationDeclared(IndicatorContinuationDeclared event) {
        IndicatorContinuation declared = new IndicatorContinuation(event.previousIndicatorId().value(),
                event.previousPlanId().value());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of("continues", "continues",
                indicators.continuation(event.tenant(), event.indicatorId()).map(IndicatorContinuation::text).orElse(null),
                declared.text()));
        return Description.of(null, "Indicator " + quoted(name(event)) + " declared to continue " + declared.text(),
                changes);
    }

    private static List<FieldChange> definitionChanges(IndicatorDefinition before, IndicatorDefinition after) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of("name", "name", before == null ? null : before.name(), after.name()));
        FieldChange.addIfChanged(changes, FieldChange.of("unit", "unit", before == null ? null : before.unit(), after.unit()));
        FieldChange.addIfChanged(changes, FieldChange.of("dataSource", "data source",
                before == null ? null : before.dataSource(), after.dataSource()));
        FieldChange.addIfChanged(changes, FieldChange.of("ownerDepartment", "owner department",
                before == null ? null : before.ownerDepartment(), after.ownerDepartment()));
        if (before == null) {
            FieldChange.addIfChanged(changes, FieldChange.of("baseline", "baseline", null, text(after.baseline())));
            changes.addAll(targetChanges(List.of(), after.targets()));
        }
        return changes;
    }

    /** Per period, in the new targets' order and then the periods that lost their target. */
    private static List<FieldChange> targetChanges(List<Target> before, List<Target> after) {
        Map<String, String> old = new LinkedHashMap<>();
        before.forEach(target -> old.put(target.period().toString(), text(target)));
        List<FieldChange> changes = new ArrayList<>();
        for (Target target : after == null ? List.<Target>of() : after) {
            String period = target.period().toString();
            FieldChange.addIfChanged(changes, FieldChange.of("targets." + period, "target " + period, old.remove(period), text(target)));
        }
        old.forEach((period, value) -> changes.add(FieldChange.of("targets." + period, "target " + period, value, null)));
        return changes;
    }

    private String name(IndicatorEvent event) {
        return indicators.definition(event.tenant(), event.indicatorId()).map(IndicatorDefinition::name)
                .orElse(event.indicatorId().value());
    }

    private static FieldChange value(Object from, Object to) {
        return FieldChange.of("value", "value", from, to);
    }

    private static String text(Target target) {
        return target.value() != null ? target.value().toPlainString() : plain(target.lower()) + " to " + plain(target.upper());
    }

    private static String text(Baseline baseline) {
        return baseline == null ? null : baseline.value().toPlainString() + " on " + baseline.date();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
