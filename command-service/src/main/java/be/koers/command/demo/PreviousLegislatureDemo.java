package be.koers.command.demo;

import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.EstimateBudget;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.budget.RecordBudgetActuals;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static be.koers.command.demo.DemoCommands.TENANT;

/**
 * Koersbeke's previous legislature, 2020-2025: its plan adopted, monitored to the end and closed, so the current plan
 * can show what it carries over and what it drops. Its ids are fixed, to be easy to point at.
 */
final class PreviousLegislatureDemo {

    static final LegislatureId LEGISLATURE = LegislatureId.of("koersbeke-2020-2025");
    static final PlanId PLAN = PlanId.of("koersbeke-plan-2020-2025");
    static final ElementId GREEN_PILLAR = ElementId.of("koersbeke-2020-green-pillar");
    static final ElementId GREEN_SPACE = ElementId.of("koersbeke-2020-green-space");
    static final ElementId NEW_PARKS = ElementId.of("koersbeke-2020-new-parks");
    static final ElementId PARK_MAINTENANCE = ElementId.of("koersbeke-2020-park-maintenance");
    static final ElementId CLEAN_AIR = ElementId.of("koersbeke-2020-clean-air");
    static final ElementId LOW_EMISSION_ZONE = ElementId.of("koersbeke-2020-low-emission-zone");
    static final ElementId SAFE_PILLAR = ElementId.of("koersbeke-2020-safe-pillar");
    static final ElementId SAFE_STREETS = ElementId.of("koersbeke-2020-safe-streets");
    static final ElementId SCHOOL_ROUTES = ElementId.of("koersbeke-2020-school-routes");
    static final IndicatorId NEAR_A_PARK = IndicatorId.of("koersbeke-2020-residents-near-a-park");

    private final DemoCommands demo;

    PreviousLegislatureDemo(DemoCommands demo) {
        this.demo = demo;
    }

    void load() {
        demo.send(new CreateLegislature(TENANT, LEGISLATURE, "2020-2025", 2020, 2025));
        demo.send(new DraftPlan(TENANT, LEGISLATURE, PLAN, "Meerjarenplan Koersbeke 2020-2025", PlanTemplate.GHENT));
        demo.send(new SetMission(TENANT, PLAN, "A green, safe and solidary Koersbeke."));

        demo.goal(PLAN, GREEN_PILLAR, null, Level.MAIN_STRATEGIC_GOAL, "Green and liveable Koersbeke", "Environment", 11);
        demo.goal(PLAN, GREEN_SPACE, GREEN_PILLAR, Level.STRATEGIC_GOAL, "More and better green space", "Environment", 15);
        demo.goal(PLAN, NEW_PARKS, GREEN_SPACE, Level.OPERATIONAL_GOAL, "Lay out new parks", "Environment", 15);
        Owner greenService = new Owner("Green service", "Alderman for environment");
        demo.item(PLAN, PARK_MAINTENANCE, NEW_PARKS, Level.ACTIVITY, "Maintain parks and green zones", greenService, null, null, null, "Environment");
        ElementId design = demo.item(PLAN, ElementId.of("koersbeke-2020-bloemekespark-design"), PARK_MAINTENANCE, Level.ACTION,
                "Design the Bloemekespark with the neighbourhood", greenService, ActionType.OPERATIONAL, List.of(),
                period(2021, 3, 2024, 6), "Environment");
        ElementId greenRoofs = demo.item(PLAN, ElementId.of("koersbeke-2020-green-roofs"), PARK_MAINTENANCE, Level.ACTION,
                "Municipal subsidy for green roofs", greenService, ActionType.OPERATIONAL, List.of(), period(2022, 1, 2025, 12), "Environment");
        demo.goal(PLAN, CLEAN_AIR, GREEN_PILLAR, Level.STRATEGIC_GOAL, "Clean air in the centre", "Environment", 3);
        demo.goal(PLAN, LOW_EMISSION_ZONE, CLEAN_AIR, Level.OPERATIONAL_GOAL, "A low-emission zone in the centre", "Mobility", 3);
        ElementId study = demo.item(PLAN, ElementId.of("koersbeke-2020-low-emission-study"), LOW_EMISSION_ZONE, Level.ACTION,
                "Explore a shared low-emission zone with the neighbouring municipalities", new Owner("Mobility service", "Mayor"),
                ActionType.NETWORK_EXPLORATION, List.of(), period(2020, 9, 2023, 12), "Mobility");

        demo.goal(PLAN, SAFE_PILLAR, null, Level.MAIN_STRATEGIC_GOAL, "Safe and solidary Koersbeke", "Safety", 16);
        demo.goal(PLAN, SAFE_STREETS, SAFE_PILLAR, Level.STRATEGIC_GOAL, "Safe streets", "Mobility", 11);
        demo.goal(PLAN, SCHOOL_ROUTES, SAFE_STREETS, Level.OPERATIONAL_GOAL, "Traffic-safe school routes", "Mobility", 11);
        ElementId markings = demo.item(PLAN, ElementId.of("koersbeke-2020-school-route-markings"), SCHOOL_ROUTES, Level.ACTION,
                "Mark the school routes", new Owner("Mobility service", "Alderman for mobility"), ActionType.OPERATIONAL, List.of(),
                period(2021, 9, 2025, 6), "Mobility");

        demo.send(new AdoptPlan(TENANT, PLAN, LocalDate.of(2019, 12, 19), "GR-2019-12-19/05"));
        monitor(design, greenRoofs, study, markings);
        demo.send(new ClosePlan(TENANT, PLAN, "End of the legislature 2020-2025"));
    }

    /** Six years of monitoring: one item done, one cancelled, one partly done, one never started; budgets; the park indicator. */
    private void monitor(ElementId design, ElementId greenRoofs, ElementId study, ElementId markings) {
        demo.send(new ReportProgress(TENANT, PLAN, PARK_MAINTENANCE, ProgressStatus.DONE, 100, "Regular work, done every year", null, null));
        demo.send(new ReportProgress(TENANT, PLAN, design, ProgressStatus.DONE, 100, "Design approved by the council", null, null));
        demo.send(new ReportProgress(TENANT, PLAN, greenRoofs, ProgressStatus.CANCELLED, 15, null,
                "The Flemish green-roof subsidy made a municipal one redundant", null));
        demo.send(new ReportProgress(TENANT, PLAN, study, ProgressStatus.STARTED, 60, "Two of the three neighbours joined", null, null));
        demo.send(new ReportProgress(TENANT, PLAN, markings, ProgressStatus.NOT_STARTED, 0, "No staff freed for it", null, null));

        budget(GREEN_SPACE, 2024, new BudgetFigures(Euro.of("950000.00"), Euro.of("60000.00"), Euro.of("300000.00"), null, new BigDecimal("11")),
                new BudgetFigures(Euro.of("932418.55"), Euro.of("61200.00"), Euro.of("287950.10"), null, new BigDecimal("10.8")));
        budget(GREEN_SPACE, 2025, new BudgetFigures(Euro.of("980000.00"), Euro.of("60000.00"), Euro.of("350000.00"), null, new BigDecimal("11.5")),
                new BudgetFigures(Euro.of("991003.20"), Euro.of("58750.00"), Euro.of("362480.00"), null, new BigDecimal("11.5")));
        budget(design, 2023, new BudgetFigures(null, null, Euro.of("180000.00"), null, new BigDecimal("0.5")),
                new BudgetFigures(null, null, Euro.of("171240.00"), null, new BigDecimal("0.5")));
        budget(LOW_EMISSION_ZONE, 2022, new BudgetFigures(Euro.of("45000.00"), null, null, null, new BigDecimal("0.3")),
                new BudgetFigures(Euro.of("38900.00"), null, null, null, new BigDecimal("0.3")));

        demo.send(new DefineIndicator(TENANT, PLAN, NEAR_A_PARK, "Residents within 400 m of a park", "%", IndicatorKind.PERCENTAGE,
                Direction.HIGHER_IS_BETTER, new Baseline(new BigDecimal("57.0"), LocalDate.of(2019, 12, 31)),
                List.of(new Target(MeasurementPeriod.parse("2025"), new BigDecimal("65"), null, null)),
                Frequency.YEARLY, "GIS service, address register", "Green service", List.of(GREEN_SPACE)));
        String[] scores = {"57.4", "58.1", "59.0", "60.2", "61.7", "62.5"};
        demo.send(new RecordScores(TENANT, IntStream.range(0, scores.length)
                .mapToObj(i -> new ScoreRow(NEAR_A_PARK, MeasurementPeriod.parse(String.valueOf(2020 + i)), new BigDecimal(scores[i]), null, null))
                .toList()));
    }

    private void budget(ElementId element, int year, BudgetFigures estimate, BudgetFigures actuals) {
        demo.send(new EstimateBudget(TENANT, PLAN, element, year, estimate, null));
        demo.send(new RecordBudgetActuals(TENANT, PLAN, element, year, actuals));
    }

    private static Period period(int startYear, int startMonth, int endYear, int endMonth) {
        LocalDate end = LocalDate.of(endYear, endMonth, 1);
        return new Period(LocalDate.of(startYear, startMonth, 1), end.withDayOfMonth(end.lengthOfMonth()));
    }
}
