package be.koers.reporting;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.ActionPlanDefined;
import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.GoalDefined;
import be.koers.planning.api.plan.ItemDefined;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.PlanAdopted;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.PlanTemplate;
import be.koers.planning.api.plan.Tags;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.revision.RevisionAdopted;
import be.koers.planning.api.revision.RevisionOpened;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.shared.TenantScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two legislatures of one administration with known answers (the figures the tests expect are worked out in
 * {@code RealisationAndComparisonTest}). Every id is prefixed, so several runs can share a database.
 *
 * <pre>
 * 2019-2024 (BBC), closed                          2025-2030 (BBC)
 * G1 Mobility   [Mobility; Residents, Cyclists]    H1 continues G1  [Mobility]
 *   AP1           A1 DONE, A2 STARTED 40 %, U1*      BP1: B1
 * G2 Green      [Environment; Residents]           H2 continues G2  [Environment]
 *   AP2           A3 NOT_STARTED, A5 DONE (ed. 2)     (own estimate only)
 *                 U2* NOT_STARTED
 * G3 Culture    [Culture; Youth]                   H4 Digital (new)  [Digital]
 *   AP3           A4 CANCELLED                        BP4: B4
 * indicators: I1 bike share (continued by J1),     J1 bike share, J2 digital counters (new)
 *             I2 museum visitors (dropped)
 * * unplanned work: U1 opportunity, DONE; U2 imposed policy, not started
 * </pre>
 */
public final class TwoLegislatures {

    public final TenantId tenant;
    public final String prefix;
    public final LegislatureId previousLegislature;
    public final LegislatureId currentLegislature;
    public final PlanId previous;
    public final PlanId current;

    /** Of Koersbeke, which the reporting read model knows by its id only (no operator registered it). */
    public TwoLegislatures(String prefix) {
        this(prefix, TenantId.of("koersbeke"));
    }

    public TwoLegislatures(String prefix, TenantId tenant) {
        this.tenant = tenant;
        this.prefix = prefix;
        this.previousLegislature = LegislatureId.of(prefix + "-legislature-2019");
        this.currentLegislature = LegislatureId.of(prefix + "-legislature-2025");
        this.previous = PlanId.of(prefix + "-plan-2019");
        this.current = PlanId.of(prefix + "-plan-2025");
    }

    public ElementId id(String name) {
        return ElementId.of(prefix + "-" + name);
    }

    public IndicatorId indicator(String name) {
        return IndicatorId.of(prefix + "-" + name);
    }

    public List<TenantScoped> previousLegislature() {
        List<TenantScoped> events = new ArrayList<>();
        events.add(new LegislatureCreated(tenant, previousLegislature, "Legislatuur 2019-2024", 2019, 2024));
        events.add(new PlanDrafted(tenant, previous, previousLegislature, "Meerjarenplan 2020-2025", PlanTemplate.BBC, 2019, 2024));
        events.add(new PlanAttachedToLegislature(tenant, previousLegislature, previous));
        events.add(goal(previous, "G1", "Vlot en veilig verkeer", tags(set("Mobility"), set("Residents", "Cyclists"), set("Centre"))));
        events.add(goal(previous, "G2", "Een groene gemeente", tags(set("Environment"), set("Residents"), set())));
        events.add(goal(previous, "G3", "Cultuur voor iedereen", tags(set("Culture"), set("Youth"), set("Centre"))));
        events.add(actionPlan(previous, "AP1", "G1", 2019, 2024));
        events.add(actionPlan(previous, "AP2", "G2", 2019, 2024));
        events.add(actionPlan(previous, "AP3", "G3", 2019, 2024));
        events.add(action(previous, "A1", "AP1", "Fietsstraten invoeren", "Mobility department", 2020));
        events.add(action(previous, "A2", "AP1", "Schoolomgevingen herinrichten", "Mobility department", 2021));
        events.add(action(previous, "A3", "AP2", "Bloemekespark aanleggen", "Green department", 2022));
        events.add(action(previous, "A4", "AP3", "Nieuw museum bouwen", "Culture department", 2022));
        events.add(estimate(previous, "A1", 2020, "100000.00"));
        events.add(estimate(previous, "A2", 2021, "50000.00"));
        events.add(estimate(previous, "A3", 2022, "30000.00"));
        events.add(estimate(previous, "A4", 2022, "20000.00"));
        events.add(new PlanAdopted(tenant, previous, LocalDate.of(2019, 12, 19), "GR-2019-123"));
        events.add(new RevisionOpened(tenant, previous, 1, "Aanpassing meerjarenplan 2021", null));
        events.add(action(previous, "A5", "AP2", "Bomen planten", "Green department", 2021));
        events.add(estimate(previous, "A5", 2021, "40000.00"));
        events.add(new RevisionAdopted(tenant, previous, 1, 2, "Aanpassing meerjarenplan 2021", LocalDate.of(2020, 12, 17),
                "GR-2020-88", List.of(id("A5")), List.of(), List.of()));
        events.add(progress(previous, "A1", ProgressStatus.DONE, 100, null));
        events.add(progress(previous, "A2", ProgressStatus.STARTED, 40, null));
        events.add(progress(previous, "A4", ProgressStatus.CANCELLED, 0, "Geen subsidie"));
        events.add(progress(previous, "A5", ProgressStatus.DONE, 100, null));
        events.add(new UnplannedWorkRecorded(tenant, previous, id("U1"), id("AP1"), Level.ACTION, "Deelfietsen (Europese oproep)",
                null, new Owner("Mobility department", "Schepen Mobiliteit"), ActionType.OPERATIONAL, period(2022),
                UnplannedWorkCause.OPPORTUNITY, "Europese subsidie-oproep", Tags.NONE));
        events.add(new UnplannedWorkRecorded(tenant, previous, id("U2"), id("AP2"), Level.ACTION, "Nieuwe Vlaamse bosnorm",
                null, new Owner("Green department", "Schepen Leefmilieu"), ActionType.OPERATIONAL, period(2023),
                UnplannedWorkCause.IMPOSED_POLICY, "Vlaamse regelgeving", Tags.NONE));
        events.add(progress(previous, "U1", ProgressStatus.DONE, 100, null));
        events.add(actuals(previous, "A1", 2020, "90000.00"));
        events.add(actuals(previous, "A2", 2021, "20000.00"));
        events.add(actuals(previous, "A5", 2021, "35000.00"));
        events.add(actuals(previous, "U1", 2022, "10000.00"));
        events.add(indicator(previous, "I1", "Aandeel fietsverplaatsingen", "%", List.of("G1"), 2019, 2024));
        events.add(indicator(previous, "I2", "Museumbezoekers", "bezoekers", List.of("G3"), 2019, 2024));
        events.add(score(previous, "I1", "2023", "20.0"));
        events.add(score(previous, "I1", "2024", "24.0"));
        events.add(score(previous, "I2", "2024", "15000"));
        events.add(new PlanClosed(tenant, previous, "Einde legislatuur"));
        return events;
    }

    public List<TenantScoped> currentLegislature() {
        List<TenantScoped> events = new ArrayList<>();
        events.add(new LegislatureCreated(tenant, currentLegislature, "Legislatuur 2025-2030", 2025, 2030));
        events.add(new PlanDrafted(tenant, current, currentLegislature, "Meerjarenplan 2026-2031", PlanTemplate.BBC, 2025, 2030));
        events.add(new PlanAttachedToLegislature(tenant, currentLegislature, current));
        events.add(goal(current, "H1", "Vlot, veilig en duurzaam verkeer", tags(set("Mobility"), set(), set())));
        events.add(goal(current, "H2", "Natuur dichtbij", tags(set("Environment"), set(), set())));
        events.add(goal(current, "H4", "Digitale gemeente", tags(set("Digital"), set(), set())));
        events.add(actionPlan(current, "BP1", "H1", 2025, 2030));
        events.add(actionPlan(current, "BP4", "H4", 2025, 2030));
        events.add(action(current, "B1", "BP1", "Fietsroutes doortrekken", "Mobility department", 2026));
        events.add(action(current, "B4", "BP4", "Digitaal loket", "ICT department", 2026));
        events.add(estimate(current, "B1", 2026, "300000.00"));
        events.add(estimate(current, "H2", 2027, "50000.00"));
        events.add(estimate(current, "B4", 2026, "80000.00"));
        events.add(new ContinuationDeclared(tenant, current, id("H1"), previous, id("G1")));
        events.add(new ContinuationDeclared(tenant, current, id("H2"), previous, id("G2")));
        events.add(new PlanAdopted(tenant, current, LocalDate.of(2025, 12, 18), "GR-2025-200"));
        events.add(indicator(current, "J1", "Aandeel fietsverplaatsingen", "%", List.of("H1"), 2025, 2030));
        events.add(indicator(current, "J2", "Digitale aanvragen", "aanvragen", List.of("H4"), 2025, 2030));
        events.add(new IndicatorContinuationDeclared(tenant, indicator("J1"), current, indicator("I1"), previous));
        events.add(score(current, "J1", "2025", "26.0"));
        events.add(score(current, "J1", "2026", "27.5"));
        return events;
    }

    private GoalDefined goal(PlanId plan, String name, String title, Tags tags) {
        return new GoalDefined(tenant, plan, id(name), null, Level.POLICY_GOAL, title, null, "Resultaat: " + title, true, tags);
    }

    private ActionPlanDefined actionPlan(PlanId plan, String name, String goal, int from, int to) {
        return new ActionPlanDefined(tenant, plan, id(name), id(goal), "Actieplan " + name, null,
                new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)), Tags.NONE);
    }

    private ItemDefined action(PlanId plan, String name, String parent, String title, String department, int year) {
        return new ItemDefined(tenant, plan, id(name), id(parent), Level.ACTION, title, null,
                new Owner(department, "Schepen"), ActionType.OPERATIONAL, List.of(), period(year), Tags.NONE);
    }

    private static Period period(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private BudgetEstimated estimate(PlanId plan, String element, int year, String operatingExpenditure) {
        return new BudgetEstimated(tenant, plan, id(element), year, expenditure(operatingExpenditure));
    }

    private BudgetActualsRecorded actuals(PlanId plan, String element, int year, String operatingExpenditure) {
        return new BudgetActualsRecorded(tenant, plan, id(element), year, expenditure(operatingExpenditure));
    }

    private static BudgetFigures expenditure(String amount) {
        return new BudgetFigures(Euro.of(amount), null, null, null, null);
    }

    private ProgressReported progress(PlanId plan, String item, ProgressStatus status, int percent, String cancellation) {
        return new ProgressReported(tenant, plan, id(item), status, ProgressStatus.NOT_STARTED, percent, null, cancellation, null);
    }

    private IndicatorDefined indicator(PlanId plan, String name, String title, String unit, List<String> linked, int from, int to) {
        return new IndicatorDefined(tenant, indicator(name), plan, title, unit, IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER,
                null, List.of(new Target(MeasurementPeriod.parse(Integer.toString(to)), new BigDecimal("30"), null, null)),
                Frequency.YEARLY, null, "Strategy team", linked.stream().map(this::id).toList(), from, to);
    }

    private ScoreRecorded score(PlanId plan, String indicator, String period, String value) {
        return new ScoreRecorded(tenant, indicator(indicator), plan, MeasurementPeriod.parse(period), new BigDecimal(value), null, null);
    }

    private static Tags tags(Set<String> fields, Set<String> groups, Set<String> areas) {
        return new Tags(new TreeSet<>(fields), new TreeSet<>(groups), new TreeSet<>(areas), null);
    }

    private static Set<String> set(String... values) {
        return Set.of(values);
    }
}
