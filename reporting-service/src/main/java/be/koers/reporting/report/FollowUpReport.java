package be.koers.reporting.report;

import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.indicator.TrackStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.reporting.budget.YearBudget;
import be.koers.reporting.document.Block;
import be.koers.reporting.document.Chart;
import be.koers.reporting.document.ChartKind;
import be.koers.reporting.document.ColumnType;
import be.koers.reporting.document.Figure;
import be.koers.reporting.document.Formats;
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
import be.koers.reporting.realisation.RealisationFigures;
import be.koers.reporting.realisation.Share;
import be.koers.reporting.realisation.Tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly follow-up report for college and council (seed 002: jaarverslag): per priority policy goal its intended
 * result, its action plans and their progress, its indicators against their targets and its budget estimate against
 * the actuals of the year; then the realisation of the legislature so far. A plan without priority policy goals
 * (the Ghent template has none) is reported on per top-level goal.
 */
final class FollowUpReport {

    private final PlanFacts facts;
    private final int year;
    private final ReportText text;
    private final String administration;
    private final List<Element> goals;

    /** @param administration the administration's name in the report's language */
    FollowUpReport(PlanFacts facts, int year, ReportText text, String administration) {
        this.facts = facts;
        this.year = year;
        this.text = text;
        this.administration = administration;
        List<Element> priority = facts.activeInTreeOrder().stream().filter(e -> e.level().isGoal() && e.priority()).toList();
        this.goals = priority.isEmpty() ? facts.roots() : priority;
    }

    ReportDocument build(RealisationFigures realisation, Instant generatedAt) {
        List<Section> sections = new ArrayList<>();
        sections.add(summary());
        for (int i = 0; i < goals.size(); i++) {
            sections.addAll(goalSections(goals.get(i), i + 1));
        }
        sections.add(realisation(realisation));
        return new ReportDocument(text.get("followUp.title", year),
                text.get("followUp.subtitle", facts.plan().title(), facts.plan().legislatureLabel()),
                administration, text.locale(), generatedAt, sections);
    }

    private boolean hasPriorityGoals() {
        return goals.stream().anyMatch(Element::priority);
    }

    private Section summary() {
        String which = text.get(hasPriorityGoals() ? "followUp.intro.priority" : "followUp.intro.roots");
        String parts = text.get(usesActionPlans() ? "followUp.actionPlans" : "followUp.items").toLowerCase(text.locale());
        Paragraph intro = new Paragraph(text.get("followUp.intro", which, year, parts, facts.plan().edition()));
        List<List<Object>> rows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Number> estimates = new ArrayList<>();
        List<Number> actuals = new ArrayList<>();
        List<Number> done = new ArrayList<>();
        List<Number> underway = new ArrayList<>();
        List<Number> notStarted = new ArrayList<>();
        List<Number> cancelled = new ArrayList<>();
        for (Element goal : goals) {
            ItemProgress progress = ItemProgress.of(itemsUnder(goal.id()));
            YearBudget budget = facts.rolledUpBudget(goal.id(), List.of(year));
            List<IndicatorFacts> indicators = facts.indicatorsOf(goal.id());
            long onTrack = indicators.stream().filter(i -> statusIn(i) == TrackStatus.ON_TRACK).count();
            rows.add(Arrays.asList(goal.title(), progress.total(), progress.done(), progress.averageComplete(),
                    onTrack + "/" + indicators.size(), budget.estimatedExpenditure(), budget.actualExpenditure(),
                    execution(budget)));
            titles.add(goal.title());
            estimates.add(budget.estimatedExpenditure());
            actuals.add(budget.actualExpenditure());
            done.add(progress.done());
            underway.add(progress.underway());
            notStarted.add(progress.notStarted());
            cancelled.add(progress.cancelled());
        }
        Table table = new Table("summary", text.get("followUp.summary.table"), new Columns(text)
                .add("goal", ColumnType.TEXT).add("items", ColumnType.INTEGER).add("done", ColumnType.INTEGER)
                .add("averageComplete", ColumnType.PERCENT).add("indicatorsOnTrack", ColumnType.TEXT)
                .add("estimate", ColumnType.EURO).add("actual", ColumnType.EURO).add("execution", ColumnType.PERCENT)
                .list(), rows);
        Chart budgetChart = new Chart("budget-per-goal", text.get("followUp.chart.budget", year), ChartKind.BAR,
                text.get("label.expenditure"), ColumnType.EURO, titles,
                List.of(new Series(text.get("label.estimate"), estimates), new Series(text.get("label.actual"), actuals)));
        Chart progressChart = new Chart("progress-per-goal", text.get("followUp.chart.progress"), ChartKind.STACKED_BAR,
                text.get("label.items"), ColumnType.INTEGER, titles,
                List.of(new Series(text.get("label.done"), done), new Series(text.get("label.underway"), underway),
                        new Series(text.get("label.notStarted"), notStarted), new Series(text.get("label.cancelled"), cancelled)));
        return Section.chapter(text.get("followUp.summary"), intro, table, budgetChart, progressChart);
    }

    private List<Section> goalSections(Element goal, int number) {
        String id = "goal-" + number;
        List<Block> about = new ArrayList<>();
        about.add(KeyValues.of(
                new KeyValue(text.get("label.level"), text.of(goal.level())),
                new KeyValue(text.get("label.intendedResult"), goal.intendedResult()),
                new KeyValue(text.get("label.policyFields"), String.join(", ", goal.classification().policyFields())),
                new KeyValue(text.get("label.targetGroups"), String.join(", ", goal.classification().targetGroups()))));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(number + ". " + goal.title(), 1, about));
        sections.add(Section.part(text.get(usesActionPlans() ? "followUp.actionPlans" : "followUp.items"), partsTable(goal, id)));
        sections.add(indicatorsSection(goal, id));
        sections.add(Section.part(text.get("followUp.budget", year), budgetTable(goal, id)));
        return sections;
    }

    /** Action plans with their items counted by progress; without that level, the items one by one. */
    private Table partsTable(Element goal, String id) {
        if (usesActionPlans()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Element actionPlan : facts.activeDescendants(goal.id()).stream().filter(e -> e.level() == Level.ACTION_PLAN).toList()) {
                ItemProgress progress = ItemProgress.of(itemsUnder(actionPlan.id()));
                YearBudget budget = facts.rolledUpBudget(actionPlan.id(), List.of(year));
                rows.add(Arrays.asList(actionPlan.title(), term(actionPlan), progress.total(), progress.done(),
                        progress.averageComplete(), budget.estimatedExpenditure(), budget.actualExpenditure()));
            }
            return new Table(id + "-action-plans", text.get("followUp.actionPlans"), new Columns(text)
                    .add("title", ColumnType.TEXT).add("realisationTerm", ColumnType.TEXT).add("items", ColumnType.INTEGER)
                    .add("done", ColumnType.INTEGER).add("averageComplete", ColumnType.PERCENT)
                    .add("estimate", ColumnType.EURO).add("actual", ColumnType.EURO).list(), rows);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Element item : itemsUnder(goal.id())) {
            // own lines: an action under an activity is a row of its own, so the column adds up to the goal
            YearBudget budget = facts.ownBudget(item.id(), List.of(year));
            rows.add(Arrays.asList(item.title(), term(item),
                    text.of(item.progress() == null ? ProgressStatus.NOT_STARTED : item.progress()),
                    BigDecimal.valueOf(item.percentComplete(), 2), budget.estimatedExpenditure(), budget.actualExpenditure()));
        }
        return new Table(id + "-items", text.get("followUp.items"), new Columns(text)
                .add("title", ColumnType.TEXT).add("realisationTerm", ColumnType.TEXT).add("status", ColumnType.TEXT)
                .add("complete", ColumnType.PERCENT).add("estimate", ColumnType.EURO).add("actual", ColumnType.EURO)
                .list(), rows);
    }

    private Section indicatorsSection(Element goal, String id) {
        List<IndicatorFacts> indicators = facts.indicatorsOf(goal.id());
        if (indicators.isEmpty()) {
            return Section.part(text.get("followUp.indicators"), new Paragraph(text.get("followUp.noIndicators")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorFacts indicator : indicators) {
            Optional<Map.Entry<MeasurementPeriod, BigDecimal>> score = indicator.lastScoreIn(year);
            Optional<Target> target = indicator.targetFor(MeasurementPeriod.parse(Integer.toString(year)));
            rows.add(Arrays.asList(indicator.name(), indicator.unit(), IndicatorCells.value(indicator, indicator.baselineValue()),
                    IndicatorCells.value(indicator, target.map(Target::value).orElse(null)),
                    IndicatorCells.value(indicator, score.map(Map.Entry::getValue).orElse(null)),
                    score.map(s -> s.getKey().toString()).orElse(null), text.of(statusIn(indicator))));
        }
        return Section.part(text.get("followUp.indicators"), new Table(id + "-indicators", text.get("followUp.indicators"),
                new Columns(text).add("indicator", ColumnType.TEXT).add("unit", ColumnType.TEXT)
                        .add("baseline", ColumnType.DECIMAL).add("target", ColumnType.DECIMAL).add("score", ColumnType.DECIMAL)
                        .add("period", ColumnType.TEXT).add("status", ColumnType.TEXT).list(), rows));
    }

    private Table budgetTable(Element goal, String id) {
        YearBudget budget = facts.rolledUpBudget(goal.id(), List.of(year));
        List<List<Object>> rows = List.of(
                budgetRow("operatingExpenditure", ColumnType.EURO, budget.estimate().operatingExpenditure().amount(), budget.actual().operatingExpenditure().amount()),
                budgetRow("operatingReceipts", ColumnType.EURO, budget.estimate().operatingReceipts().amount(), budget.actual().operatingReceipts().amount()),
                budgetRow("investmentExpenditure", ColumnType.EURO, budget.estimate().investmentExpenditure().amount(), budget.actual().investmentExpenditure().amount()),
                budgetRow("investmentReceipts", ColumnType.EURO, budget.estimate().investmentReceipts().amount(), budget.actual().investmentReceipts().amount()),
                budgetRow("staffFte", ColumnType.FTE, budget.estimate().staffFte(), budget.actual().staffFte()));
        // the columns hold different figures: each row says what its numbers are
        return new Table(id + "-budget", text.get("followUp.budget", year), new Columns(text)
                .add("figure", ColumnType.TEXT).add("estimate", ColumnType.DECIMAL).add("actual", ColumnType.DECIMAL)
                .add("difference", ColumnType.DECIMAL).list(), rows);
    }

    private List<Object> budgetRow(String figure, ColumnType kind, BigDecimal estimate, BigDecimal actual) {
        return List.of(text.get("label." + figure), new Figure(estimate, kind), new Figure(actual, kind),
                new Figure(actual.subtract(estimate), kind));
    }

    private Section realisation(RealisationFigures figures) {
        List<List<Object>> rows = List.of(
                realisationRow("deliberate", figures.deliberate(), figures.deliberateOfRealised()),
                realisationRow("spontaneous", figures.spontaneous(), figures.spontaneousOfRealised()),
                realisationRow("realised", figures.realised(), null),
                realisationRow("unrealised", figures.unrealised(), figures.unrealisedOfPlanned()),
                realisationRow("planned", figures.planned(), null));
        Table table = new Table("realisation", text.get("followUp.realisation"), new Columns(text)
                .add("part", ColumnType.TEXT).add("count", ColumnType.INTEGER).add("estimate", ColumnType.EURO)
                .add("actual", ColumnType.EURO).add("share", ColumnType.PERCENT).add("budgetShare", ColumnType.PERCENT)
                .list(), rows);
        Chart chart = new Chart("realisation-shares", text.get("followUp.realisation.chart"), ChartKind.PIE, null,
                ColumnType.INTEGER, List.of(text.get("label.deliberate"), text.get("label.spontaneous")),
                List.of(new Series(text.get("label.realised"), List.of(figures.deliberate().count(), figures.spontaneous().count()))));
        return Section.chapter(text.get("followUp.realisation"), new Paragraph(text.get("followUp.realisation.intro")), table, chart);
    }

    private List<Object> realisationRow(String part, Tally tally, Share share) {
        return Arrays.asList(text.get("label." + part), tally.count(), tally.estimatedExpenditure(),
                tally.actualExpenditure(), share == null ? null : share.byCount(), share == null ? null : share.byBudget());
    }

    private boolean usesActionPlans() {
        return facts.plan().template().uses(Level.ACTION_PLAN);
    }

    private List<Element> itemsUnder(String elementId) {
        return facts.activeDescendants(elementId).stream().filter(e -> e.level().isItem()).toList();
    }

    private TrackStatus statusIn(IndicatorFacts indicator) {
        return indicator.lastScoreIn(year).map(s -> indicator.judge(s.getKey(), s.getValue())).orElse(TrackStatus.NO_DATA);
    }

    private String term(Element element) {
        if (element.realisationStart() == null) {
            return null;
        }
        Formats formats = Formats.of(text.locale());
        return formats.date(element.realisationStart()) + " – " + formats.date(element.realisationEnd());
    }

    private static BigDecimal execution(YearBudget budget) {
        BigDecimal estimate = budget.estimatedExpenditure();
        return estimate.signum() == 0 ? null : budget.actualExpenditure().divide(estimate, 4, RoundingMode.HALF_UP);
    }
}
