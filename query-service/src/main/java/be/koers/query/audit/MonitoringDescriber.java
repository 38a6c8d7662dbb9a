package be.koers.query.audit;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.query.budget.BudgetLine;
import be.koers.query.budget.BudgetRows;
import be.koers.query.budget.RecordedFigures;
import be.koers.query.plan.ElementLookup;
import be.koers.query.plan.ElementNames;
import be.koers.query.plan.FieldChange;
import be.koers.query.progress.Progress;
import be.koers.query.progress.ProgressQueries;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lines for progress reports and budgets: what was reported or estimated, against what stood before. */
@Component
class MonitoringDescriber implements Describer {

    private final ElementLookup elements;
    private final ProgressQueries progress;
    private final BudgetRows budgets;

    MonitoringDescriber(ElementLookup elements, ProgressQueries progress, BudgetRows budgets) {
        this.elements = elements;
        this.progress = progress;
        this.budgets = budgets;
    }

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(ProgressReported.class, (e, envelope) -> progressReported(e))
                .on(BudgetEstimated.class, (e, envelope) -> budget(e, e.elementId(), e.year(), "estimated",
                        figures(e, e.elementId(), e.year(), BudgetLine::estimate), e.figures()))
                .on(BudgetEstimateRevised.class, (e, envelope) -> budget(e, e.elementId(), e.year(), "revised",
                        e.previous(), e.figures()).because(e.reason()))
                .on(BudgetActualsRecorded.class, (e, envelope) -> budget(e, e.elementId(), e.year(), "actuals recorded",
                        figures(e, e.elementId(), e.year(), BudgetLine::actual), e.figures()));
    }

    private Description progressReported(ProgressReported event) {
        Optional<Progress> before = progress.current(event.tenant(), event.planId(), event.itemId());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, FieldChange.of("status", "status", event.previousStatus(), event.status()));
        FieldChange.addIfChanged(changes, FieldChange.of("percentComplete", "percent complete", before.map(Progress::percentComplete).orElse(null),
                event.percentComplete()));
        FieldChange.addIfChanged(changes, FieldChange.of("postponedTo", "postponed to", before.map(Progress::postponedTo).orElse(null),
                event.postponedTo()));
        FieldChange.addIfChanged(changes, FieldChange.of("cancellationReason", "cancellation reason",
                before.map(Progress::cancellationReason).orElse(null), event.cancellationReason()));
        FieldChange.addIfChanged(changes, FieldChange.of("comment", "comment", before.map(Progress::comment).orElse(null), event.comment()));
        return Description.of(event.itemId().value(), Description.sentence("Progress of " + name(event, event.itemId())
                + " reported", changes), changes);
    }

    private Description budget(PlanEvent event, ElementId elementId, int year, String verb, BudgetFigures before,
                               BudgetFigures after) {
        List<FieldChange> changes = new ArrayList<>();
        figure(changes, "operatingExpenditure", "operating expenditure", before, after, BudgetFigures::operatingExpenditure);
        figure(changes, "operatingReceipts", "operating receipts", before, after, BudgetFigures::operatingReceipts);
        figure(changes, "investmentExpenditure", "investment expenditure", before, after, BudgetFigures::investmentExpenditure);
        figure(changes, "investmentReceipts", "investment receipts", before, after, BudgetFigures::investmentReceipts);
        figure(changes, "staffFte", "staff FTE", before, after, BudgetFigures::staffFte);
        return Description.of(elementId.value(), Description.sentence("Budget " + year + " of " + name(event, elementId)
                + " " + verb, changes), changes);
    }

    private BudgetFigures figures(PlanEvent event, ElementId elementId, int year, Function<BudgetLine, RecordedFigures> side) {
        return budgets.line(event.tenant(), event.planId(), elementId, year).map(side).map(RecordedFigures::figures).orElse(null);
    }

    private static void figure(List<FieldChange> changes, String field, String label, BudgetFigures before,
                               BudgetFigures after, Function<BudgetFigures, Object> value) {
        FieldChange.addIfChanged(changes, FieldChange.of(field, label, before == null ? null : value.apply(before), value.apply(after)));
    }

    private String name(PlanEvent event, ElementId elementId) {
        return elements.ref(event.tenant().value(), event.planId().value(), elementId.value())
                .map(ref -> ElementNames.named(ref.level(), ref.title()))
                .orElse("element " + elementId);
    }
}
