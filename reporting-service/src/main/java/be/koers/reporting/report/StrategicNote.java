package be.koers.reporting.report;

import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.plan.Level;
import be.koers.reporting.document.Block;
import be.koers.reporting.document.Chart;
import be.koers.reporting.document.ChartKind;
import be.koers.reporting.document.ColumnType;
import be.koers.reporting.document.KeyValues;
import be.koers.reporting.document.KeyValues.KeyValue;
import be.koers.reporting.document.Paragraph;
import be.koers.reporting.document.ReportDocument;
import be.koers.reporting.document.Section;
import be.koers.reporting.document.Series;
import be.koers.reporting.document.Table;
import be.koers.reporting.indicator.IndicatorFacts;
import be.koers.reporting.plan.Element;
import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The strategic note of the plan (strategische nota): its mission, vision and core values, its goals with their
 * intended results, the priority policy goals with their action plans, the estimated budget per goal and year and
 * per policy field, and the indicators the plan will be measured by.
 */
final class StrategicNote {

    private final PlanFacts facts;
    private final ReportText text;
    private final String administration;

    /** @param administration the administration's name in the report's language */
    StrategicNote(PlanFacts facts, ReportText text, String administration) {
        this.facts = facts;
        this.text = text;
        this.administration = administration;
    }

    ReportDocument build(Instant generatedAt) {
        PlanSummary plan = facts.plan();
        List<Section> sections = new ArrayList<>(List.of(statements(plan), goals()));
        sections.addAll(priorityGoals());
        sections.add(budgetPerGoal());
        sections.add(budgetPerPolicyField());
        sections.add(indicators());
        return new ReportDocument(text.get("note.title"), text.get("note.subtitle", plan.title(), plan.legislatureLabel()),
                administration, text.locale(), generatedAt, sections);
    }

    private Section statements(PlanSummary plan) {
        String none = text.get("note.none");
        return Section.chapter(text.get("note.statements"), KeyValues.of(
                new KeyValue(text.get("note.mission"), plan.mission() == null ? none : plan.mission()),
                new KeyValue(text.get("note.vision"), plan.vision() == null ? none : plan.vision()),
                new KeyValue(text.get("note.coreValues"), plan.coreValues().isEmpty() ? none : String.join(", ", plan.coreValues()))));
    }

    private Section goals() {
        List<Element> goals = goalsInTreeOrder();
        long priority = goals.stream().filter(Element::priority).count();
        List<List<Object>> rows = goals.stream()
                .map(goal -> Arrays.<Object>asList(text.of(goal.level()), goal.title(), text.yesNo(goal.priority()),
                        String.join(", ", goal.classification().policyFields()), goal.intendedResult()))
                .toList();
        return Section.chapter(text.get("note.goals"), new Paragraph(text.get("note.goals.intro", goals.size(), priority)),
                new Table("goals", text.get("note.goals"), new Columns(text).add("level", ColumnType.TEXT)
                        .add("title", ColumnType.TEXT).add("priority", ColumnType.TEXT).add("policyFields", ColumnType.TEXT)
                        .add("intendedResult", ColumnType.TEXT).list(), rows));
    }

    private List<Section> priorityGoals() {
        List<Element> priority = goalsInTreeOrder().stream().filter(Element::priority).toList();
        if (priority.isEmpty()) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>(List.of(Section.chapter(text.get("note.priority"))));
        for (int i = 0; i < priority.size(); i++) {
            Element goal = priority.get(i);
            List<Element> actionPlans = facts.activeDescendants(goal.id()).stream()
                    .filter(e -> e.level() == Level.ACTION_PLAN).toList();
            List<Block> blocks = new ArrayList<>();
            blocks.add(KeyValues.of(new KeyValue(text.get("label.intendedResult"), goal.intendedResult())));
            if (!actionPlans.isEmpty()) {
                List<List<Object>> rows = actionPlans.stream()
                        .map(ap -> Arrays.<Object>asList(ap.title(), ap.realisationStart(), ap.realisationEnd(),
                                facts.rolledUpBudget(ap.id(), facts.years()).estimatedExpenditure()))
                        .toList();
                blocks.add(new Table("priority-goal-" + (i + 1) + "-action-plans", text.get("followUp.actionPlans"),
                        new Columns(text).add("title", ColumnType.TEXT)
                                .add("start", text.get("label.realisationTerm") + " (start)", ColumnType.DATE)
                                .add("end", text.get("label.realisationTerm") + " (end)", ColumnType.DATE)
                                .add("estimate", ColumnType.EURO).list(), rows));
            }
            sections.add(new Section(goal.title(), 2, blocks));
        }
        return sections;
    }

    private Section budgetPerGoal() {
        List<Integer> years = facts.years();
        Columns columns = new Columns(text).add("goal", ColumnType.TEXT);
        years.forEach(year -> columns.add("y" + year, Integer.toString(year), ColumnType.EURO));
        columns.add("total", ColumnType.EURO);
        List<List<Object>> rows = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        for (Element root : facts.roots()) {
            List<Object> row = new ArrayList<>(List.of(root.title()));
            List<Number> perYear = new ArrayList<>();
            for (Integer year : years) {
                BigDecimal estimate = facts.rolledUpBudget(root.id(), List.of(year)).estimatedExpenditure();
                row.add(estimate);
                perYear.add(estimate);
            }
            row.add(facts.rolledUpBudget(root.id(), years).estimatedExpenditure());
            rows.add(row);
            series.add(new Series(root.title(), perYear));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Paragraph(text.get("note.budget.intro")),
                new Table("budget-per-goal-and-year", text.get("note.budget"), columns.list(), rows)));
        if (!series.isEmpty()) {
            blocks.add(new Chart("budget-per-year", text.get("note.budget.chart"), ChartKind.STACKED_BAR,
                    text.get("label.expenditure"), ColumnType.EURO, years.stream().map(String::valueOf).toList(), series));
        }
        return new Section(text.get("note.budget"), 1, blocks);
    }

    /** As the legislature comparison counts it ({@link PlanFacts#estimatesPerPolicyField}). */
    private Section budgetPerPolicyField() {
        Map<String, BigDecimal> perField = facts.estimatesPerPolicyField(text.get("label.unclassified"));
        perField.values().removeIf(amount -> amount.signum() == 0);
        List<String> fields = List.copyOf(perField.keySet());
        List<List<Object>> rows = new ArrayList<>();
        perField.forEach((field, amount) -> rows.add(List.of(field, amount)));
        List<Block> blocks = new ArrayList<>(List.of(new Table("budget-per-policy-field", text.get("note.policyFields"),
                new Columns(text).add("policyField", ColumnType.TEXT).add("estimate", ColumnType.EURO).list(), rows)));
        if (!rows.isEmpty()) {
            blocks.add(new Chart("policy-field-shares", text.get("note.policyFields.chart"), ChartKind.PIE, null,
                    ColumnType.EURO, fields, List.of(new Series(text.get("label.estimate"), List.copyOf(perField.values())))));
        }
        return new Section(text.get("note.policyFields"), 1, blocks);
    }

    private Section indicators() {
        String lastYear = Integer.toString(facts.plan().lastYear());
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorFacts indicator : facts.indicators()) {
            if (indicator.retired()) {
                continue;
            }
            List<String> measures = indicator.linkedElements().stream()
                    .map(id -> facts.element(id).map(Element::title).orElse(id)).toList();
            rows.add(Arrays.asList(indicator.name(), indicator.unit(), IndicatorCells.value(indicator, indicator.baselineValue()),
                    IndicatorCells.value(indicator, indicator.targetFor(MeasurementPeriod.parse(lastYear)).map(Target::value).orElse(null)),
                    String.join("; ", measures)));
        }
        return Section.chapter(text.get("note.indicators"), new Table("indicators", text.get("note.indicators"),
                new Columns(text).add("indicator", ColumnType.TEXT).add("unit", ColumnType.TEXT)
                        .add("baseline", ColumnType.DECIMAL).add("target", text.get("label.target") + " " + lastYear, ColumnType.DECIMAL)
                        .add("linkedTo", ColumnType.TEXT).list(), rows));
    }

    private List<Element> goalsInTreeOrder() {
        return facts.activeInTreeOrder().stream().filter(e -> e.level().isGoal()).toList();
    }
}
