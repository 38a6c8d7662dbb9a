package be.koers.query.history.audit;

import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorRetargeted;
import be.koers.planning.api.indicator.IndicatorRetired;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.query.indicator.IndicatorContinuation;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.koers.query.plan.FieldChange.quoted;

/**
 * Lines for indicators, their scores and their continuity: "Score of 'Residents near a park' for 2027-Q2 corrected
 * from 64.2 to 46.2 (revision 2): Digits swapped", "Indicator 'Residents near a park' declared to continue indicator
 * I7 of plan P2019". The "from" values are what the trail last said of the indicator ({@link SubjectValues}).
 */
@Component
class IndicatorDescriber implements Describer {

    private static final String NAME = "name";
    private static final String BASELINE = "baseline";
    private static final String CONTINUES = "continues";
    private static final String TARGET = "targets.";

    private final SubjectValues subjects;

    IndicatorDescriber(SubjectValues subjects) {
        this.subjects = subjects;
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
        List<FieldChange> changes = definitionChanges(Map.of(), event.name(), event.unit(), event.dataSource(),
                event.ownerDepartment());
        FieldChange.addIfChanged(changes, FieldChange.of(BASELINE, BASELINE, null, text(event.baseline())));
        changes.addAll(targetChanges(Map.of(), event.targets()));
        int linked = event.linkedElements() == null ? 0 : event.linkedElements().size();
        return Description.of(null, "Indicator " + quoted(event.name()) + " defined: " + event.kind() + " in "
                + quoted(event.unit()) + ", " + event.frequency() + ", " + event.direction() + ", linked to " + linked
                + " element(s)", changes).about(AuditSubject.indicator(event.planId(), event.indicatorId()));
    }

    private Description revised(IndicatorRevised event) {
        List<FieldChange> changes = said(event).map(before -> definitionChanges(before, event.name(), event.unit(),
                event.dataSource(), event.ownerDepartment())).orElse(List.of());
        return Description.of(null, Description.sentence("Indicator " + quoted(event.name()) + " revised", changes), changes)
                .because(event.reason()).about(AuditSubject.indicator(event.planId(), event.indicatorId()));
    }

    private Description retargeted(IndicatorRetargeted event) {
        Map<String, String> before = said(event).orElse(Map.of());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of(BASELINE, BASELINE, before.get(BASELINE), text(event.baseline())));
        changes.addAll(targetChanges(before, event.targets()));
        return Description.of(null, Description.sentence("Targets of indicator " + quoted(name(event)) + " changed", changes),
                changes).because(event.reason()).about(AuditSubject.indicator(event.planId(), event.indicatorId()));
    }

    /** The earlier indicator by its ids: its plan is of another legislature, and a line reads only its own stream. */
    private Description continuationDeclared(IndicatorContinuationDeclared event) {
        IndicatorContinuation declared = new IndicatorContinuation(event.previousIndicatorId().value(),
                event.previousPlanId().value());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of(CONTINUES, CONTINUES,
                said(event).map(before -> before.get(CONTINUES)).orElse(null), declared.text()));
        return Description.of(null, "Indicator " + quoted(name(event)) + " declared to continue " + declared.text(),
                changes).about(AuditSubject.indicator(event.planId(), event.indicatorId()));
    }

    private static List<FieldChange> definitionChanges(Map<String, String> before, String name, String unit,
                                                       String dataSource, String ownerDepartment) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of(NAME, NAME, before.get(NAME), name));
        FieldChange.addIfChanged(changes, FieldChange.of("unit", "unit", before.get("unit"), unit));
        FieldChange.addIfChanged(changes, FieldChange.of("dataSource", "data source", before.get("dataSource"), dataSource));
        FieldChange.addIfChanged(changes, FieldChange.of("ownerDepartment", "owner department",
                before.get("ownerDepartment"), ownerDepartment));
        return changes;
    }

    /** Per period, in the new targets' order and then, in time order, the periods that lost their target. */
    private static List<FieldChange> targetChanges(Map<String, String> before, List<Target> after) {
        Map<String, String> old = new LinkedHashMap<>();
        before.keySet().stream().filter(field -> field.startsWith(TARGET))
                .sorted(Comparator.comparing(field -> MeasurementPeriod.parse(field.substring(TARGET.length()))))
                .forEach(field -> old.put(field, before.get(field)));
        List<FieldChange> changes = new ArrayList<>();
        for (Target target : after == null ? List.<Target>of() : after) {
            String field = TARGET + target.period();
            FieldChange.addIfChanged(changes, FieldChange.of(field, "target " + target.period(), old.remove(field), text(target)));
        }
        old.forEach((field, value) -> changes.add(FieldChange.of(field, "target " + field.substring(TARGET.length()), value, null)));
        return changes;
    }

    private String name(IndicatorEvent event) {
        return said(event).map(before -> before.get(NAME)).orElse(event.indicatorId().value());
    }

    private Optional<Map<String, String>> said(IndicatorEvent event) {
        return subjects.of(event.tenant().value(), AuditSubject.indicator(event.planId(), event.indicatorId()));
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
