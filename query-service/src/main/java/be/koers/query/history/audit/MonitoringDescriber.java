package be.koers.query.history.audit;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.query.history.CurrentVersions;
import be.koers.query.history.audit.AuditSubject.BudgetSide;
import be.koers.query.plan.ElementField;
import be.koers.query.plan.ElementNames;
import be.koers.query.plan.FieldChange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lines for progress reports and budgets: what was reported or estimated, against what the trail last said of the
 * item's progress or of that side of the element's budget for the year ({@link SubjectValues}).
 */
@Component
class MonitoringDescriber implements Describer {

    private static final List<Figure> FIGURES = List.of(
            new Figure("operatingExpenditure", "operating expenditure", BudgetFigures::operatingExpenditure),
            new Figure("operatingReceipts", "operating receipts", BudgetFigures::operatingReceipts),
            new Figure("investmentExpenditure", "investment expenditure", BudgetFigures::investmentExpenditure),
            new Figure("investmentReceipts", "investment receipts", BudgetFigures::investmentReceipts),
            new Figure("staffFte", "staff FTE", BudgetFigures::staffFte));

    private final CurrentVersions elements;
    private final SubjectValues subjects;

    MonitoringDescriber(CurrentVersions elements, SubjectValues subjects) {
        this.elements = elements;
        this.subjects = subjects;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(ProgressReported.class, (e, envelope) -> progressReported(e))
                .on(BudgetEstimated.class, (e, envelope) -> budget(e, e.elementId(), e.year(), BudgetSide.ESTIMATE,
                        "estimated", null, e.figures()))
                .on(BudgetEstimateRevised.class, (e, envelope) -> budget(e, e.elementId(), e.year(), BudgetSide.ESTIMATE,
                        "revised", e.previous(), e.figures()).because(e.reason()))
                .on(BudgetActualsRecorded.class, (e, envelope) -> budget(e, e.elementId(), e.year(), BudgetSide.ACTUAL,
                        "actuals recorded", null, e.figures()));
    }

    private Description progressReported(ProgressReported event) {
        AuditSubject progress = AuditSubject.progress(event.planId(), event.itemId());
        Map<String, String> before = said(event, progress);
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of("status", "status", event.previousStatus(), event.status()));
        FieldChange.addIfChanged(changes, FieldChange.of("percentComplete", "percent complete", before.get("percentComplete"),
                event.percentComplete()));
        FieldChange.addIfChanged(changes, FieldChange.of("postponedTo", "postponed to", before.get("postponedTo"),
                event.postponedTo()));
        FieldChange.addIfChanged(changes, FieldChange.of("cancellationReason", "cancellation reason",
                before.get("cancellationReason"), event.cancellationReason()));
        FieldChange.addIfChanged(changes, FieldChange.of("comment", "comment", before.get("comment"), event.comment()));
        return Description.of(event.itemId().value(), Description.sentence("Progress of " + name(event, event.itemId())
                + " reported", changes), changes).about(progress);
    }

    /** {@code previous}: the figures the event says it replaces, else what the trail last said of them. */
    private Description budget(PlanEvent event, ElementId elementId, int year, BudgetSide side, String verb,
                               BudgetFigures previous, BudgetFigures after) {
        AuditSubject budget = AuditSubject.budget(event.planId(), elementId, year, side);
        Map<String, String> before = previous == null ? said(event, budget) : texts(previous);
        List<FieldChange> changes = new ArrayList<>();
        FIGURES.forEach(figure -> FieldChange.addIfChanged(changes, FieldChange.of(figure.field, figure.label,
                before.get(figure.field), figure.value.apply(after))));
        return Description.of(elementId.value(), Description.sentence("Budget " + year + " of " + name(event, elementId)
                + " " + verb, changes), changes).about(budget);
    }

    private Map<String, String> said(PlanEvent event, AuditSubject subject) {
        return subjects.of(event.tenant().value(), subject).orElse(Map.of());
    }

    private static Map<String, String> texts(BudgetFigures figures) {
        Map<String, String> texts = new HashMap<>();
        FIGURES.forEach(figure -> texts.put(figure.field, ElementField.text(figure.value.apply(figures))));
        return texts;
    }

    private String name(PlanEvent event, ElementId elementId) {
        return elements.ref(event.tenant().value(), event.planId().value(), elementId.value())
                .map(ref -> ElementNames.named(ref.level(), ref.title()))
                .orElse("element " + elementId);
    }

    private record Figure(String field, String label, Function<BudgetFigures, Object> value) {
    }
}
