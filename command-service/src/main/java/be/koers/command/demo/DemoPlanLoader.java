package be.koers.command.demo;

import be.koers.command.common.CommandSender;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.EstimateBudget;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.budget.RecordBudgetActuals;
import be.koers.planning.api.continuity.DeclareContinuation;
import be.koers.planning.api.continuity.DeclareIndicatorContinuation;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import be.koers.planning.api.realisation.RecordUnplannedWork;
import be.koers.planning.api.realisation.UnplannedWorkCause;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the plan of Koersbeke, a fictional municipality, with the seeds' examples (Ghent's green-space chain down to
 * "Construct the Bloemekespark", the neighbourhood-nuisance chain), so a new user has something to look at: the
 * closed plan of the previous legislature, which goals and which indicator the current plan carries over, and work
 * carried out outside the plan. Runs once: when the current legislature exists already, it leaves everything as it is.
 */
@Component
@ConditionalOnProperty(name = "koers.demo.enabled", havingValue = "true")
public class DemoPlanLoader implements ApplicationRunner {

    static final TenantId TENANT = DemoCommands.TENANT;
    static final LegislatureId LEGISLATURE = LegislatureId.of("koersbeke-2026-2031");
    static final PlanId PLAN = PlanId.of("koersbeke-plan-2026-2031");
    static final IndicatorId NEAR_A_PARK = IndicatorId.of("koersbeke-residents-near-a-park");
    static final ElementId FIRE_STATION_PARK = ElementId.of("koersbeke-unplanned-fire-station-park");
    static final ElementId VACANCY_REGISTER = ElementId.of("koersbeke-unplanned-vacancy-register");
    private static final Logger log = LoggerFactory.getLogger(DemoPlanLoader.class);
    private static final String PLAN_MISSION = "Koersbeke, a creative municipality that joins all its strengths to "
            + "lead the way towards a sustainable, solidary and open society.";

    private final DemoCommands demo;

    public DemoPlanLoader(CommandSender commands) {
        this.demo = new DemoCommands(commands);
    }

    @Override
    public void run(ApplicationArguments args) {
        new DemoTenants(demo).register();
        try {
            send(new CreateLegislature(TENANT, LEGISLATURE, "2026-2031", 2026, 2031));
        } catch (AggregateStreamCreationException alreadyLoaded) {
            log.info("Demo plan of Koersbeke is already loaded");
            return;
        }
        new PreviousLegislatureDemo(demo).load();
        send(new DraftPlan(TENANT, LEGISLATURE, PLAN, "Meerjarenplan Koersbeke 2026-2031", PlanTemplate.GHENT));
        send(new SetMission(TENANT, PLAN, PLAN_MISSION));
        send(new SetVision(TENANT, PLAN, "In 2031 every resident of Koersbeke lives within 400 metres of a park, "
                + "moves safely through the municipality and finds the services they need."));
        send(new SetCoreValues(TENANT, PLAN, List.of("Open", "Solidary", "Sustainable", "Creative")));

        ElementId pillar = goal(null, Level.MAIN_STRATEGIC_GOAL, "Ecological and spatial pillar", "Environment", 11);
        ElementId green = goal(pillar, Level.STRATEGIC_GOAL, "Enough green space", "Environment", 15);
        ElementId quality = goal(green, Level.OPERATIONAL_GOAL, "Quality management and construction of green", "Environment", 15);
        Owner greenService = new Owner("Green service", "Alderman for environment and climate");
        ElementId parks = item(quality, Level.ACTIVITY, "Construct, manage and maintain parks and green zones", greenService, null, null, null, "Environment");
        ElementId bloemekespark = item(parks, Level.ACTION, "Construct the Bloemekespark", greenService, ActionType.OPERATIONAL, List.of(),
                new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 10, 31)), "Environment");
        item(parks, Level.ACTION, "Green schoolyards together with the schools", greenService,
                ActionType.CONDITIONAL_OPERATIONAL, List.of("Flemish subsidy for green schoolyards is granted", "School boards sign the agreement"),
                new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)), "Education");

        ElementId social = goal(null, Level.MAIN_STRATEGIC_GOAL, "Social sustainability", "Safety", 16);
        ElementId safety = goal(social, Level.STRATEGIC_GOAL, "Integral safety", "Safety", 16);
        ElementId nuisance = goal(safety, Level.OPERATIONAL_GOAL, "Integrated approach to neighbourhood nuisance", "Safety", 16);
        Owner environmentService = new Owner("Environment service", "Mayor");
        ElementId complaints = item(nuisance, Level.ACTIVITY, "Complaint handling and interventions", environmentService, null, null, null, "Safety");
        item(complaints, Level.ACTION, "Playbook for neighbourhood nuisance", new Owner("Local prevention and safety", "Mayor"),
                ActionType.COORDINATION, List.of(), new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)), "Safety");
        item(nuisance, Level.ACTION, "Explore a student liaison officer with the universities",
                new Owner("Education and upbringing", "Alderman for education"), ActionType.NETWORK_EXPLORATION, List.of(),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "Education");

        // Carried over from 2020-2025; "Integral safety" and the nuisance approach are new, clean air and safe streets were dropped.
        continues(pillar, PreviousLegislatureDemo.GREEN_PILLAR);
        continues(green, PreviousLegislatureDemo.GREEN_SPACE);
        continues(quality, PreviousLegislatureDemo.NEW_PARKS);
        continues(parks, PreviousLegislatureDemo.PARK_MAINTENANCE);
        continues(social, PreviousLegislatureDemo.SAFE_PILLAR);

        send(new AdoptPlan(TENANT, PLAN, LocalDate.of(2025, 12, 18), "GR-2025-12-18/07"));
        monitor(green, parks, bloemekespark);
        workOutsideThePlan(parks, nuisance, greenService);
        log.info("Loaded the demo plan {} of tenant {}, continuing {}", PLAN, TENANT, PreviousLegislatureDemo.PLAN);
    }

    /** A first year of monitoring: an indicator with quarterly scores that continues the previous one, progress of the park, budget lines. */
    private void monitor(ElementId green, ElementId parks, ElementId bloemekespark) {
        send(new DefineIndicator(TENANT, PLAN, NEAR_A_PARK, "Residents within 400 m of a park", "%", IndicatorKind.PERCENTAGE,
                Direction.HIGHER_IS_BETTER, new Baseline(new BigDecimal("62.5"), LocalDate.of(2025, 12, 31)),
                List.of(new Target(MeasurementPeriod.parse("2026"), new BigDecimal("65"), null, null),
                        new Target(MeasurementPeriod.parse("2028"), new BigDecimal("72"), null, null),
                        new Target(MeasurementPeriod.parse("2031"), new BigDecimal("80"), null, null)),
                Frequency.QUARTERLY, "GIS service, address register", "Green service", List.of(green, parks)));
        send(new RecordScores(TENANT, List.of(
                new ScoreRow(NEAR_A_PARK, MeasurementPeriod.parse("2026-Q1"), new BigDecimal("62.9"), null, null),
                new ScoreRow(NEAR_A_PARK, MeasurementPeriod.parse("2026-Q2"), new BigDecimal("63.4"), null, null),
                new ScoreRow(NEAR_A_PARK, MeasurementPeriod.parse("2026-Q3"), new BigDecimal("64.8"), "Bloemekespark phase 1 open", null))));
        send(new DeclareIndicatorContinuation(TENANT, NEAR_A_PARK, PreviousLegislatureDemo.NEAR_A_PARK));
        send(new ReportProgress(TENANT, PLAN, bloemekespark, ProgressStatus.STARTED, 35, "Earthworks done", null, null));
        send(new EstimateBudget(TENANT, PLAN, parks, 2026, new BudgetFigures(Euro.of("1250000.00"), Euro.of("85000.00"),
                Euro.of("400000.00"), null, new BigDecimal("14.5")), null));
        send(new EstimateBudget(TENANT, PLAN, bloemekespark, 2026, new BudgetFigures(null, null,
                Euro.of("2100000.00"), Euro.of("650000.00"), new BigDecimal("1.2")), null));
        send(new RecordBudgetActuals(TENANT, PLAN, bloemekespark, 2026, new BudgetFigures(null, null,
                Euro.of("1987450.37"), Euro.of("650000.00"), new BigDecimal("1.1"))));
    }

    /** Two pieces of spontaneous policy: a site that came free, and a register the Flemish government imposed. */
    private void workOutsideThePlan(ElementId parks, ElementId nuisance, Owner greenService) {
        send(new RecordUnplannedWork(TENANT, PLAN, FIRE_STATION_PARK, parks, Level.ACTION, "Pocket park on the site of the former fire station",
                null, greenService, ActionType.OPERATIONAL, new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)),
                UnplannedWorkCause.OPPORTUNITY, "The fire brigade moved out in spring 2026 and the site came free; "
                        + "a Flemish pocket-park subsidy pays half.", DemoCommands.tags("Environment")));
        send(new ReportProgress(TENANT, PLAN, FIRE_STATION_PARK, ProgressStatus.STARTED, 40, "Paving removed, planting in autumn", null, null));
        send(new EstimateBudget(TENANT, PLAN, FIRE_STATION_PARK, 2026, new BudgetFigures(null, null,
                Euro.of("320000.00"), Euro.of("160000.00"), new BigDecimal("0.4")), null));
        send(new RecordBudgetActuals(TENANT, PLAN, FIRE_STATION_PARK, 2026, new BudgetFigures(null, null,
                Euro.of("298760.45"), Euro.of("160000.00"), new BigDecimal("0.4"))));

        send(new RecordUnplannedWork(TENANT, PLAN, VACANCY_REGISTER, nuisance, Level.ACTIVITY,
                "Keep the register of vacant and neglected buildings", null, new Owner("Housing service", "Alderman for housing"),
                null, null, UnplannedWorkCause.IMPOSED_POLICY, "A Flemish decree obliges every municipality to keep the register "
                        + "and levy its tax from 2026.", DemoCommands.tags("Housing")));
        send(new ReportProgress(TENANT, PLAN, VACANCY_REGISTER, ProgressStatus.STARTED, 25, "First survey of the centre", null, null));
        send(new RecordBudgetActuals(TENANT, PLAN, VACANCY_REGISTER, 2026, new BudgetFigures(Euro.of("42310.00"),
                Euro.of("18500.00"), null, null, new BigDecimal("0.5"))));
    }

    private void continues(ElementId element, ElementId previous) {
        send(new DeclareContinuation(TENANT, PLAN, element, PreviousLegislatureDemo.PLAN, previous));
    }

    private ElementId goal(ElementId parent, Level level, String title, String policyField, int sdg) {
        return demo.goal(PLAN, ElementId.generate(), parent, level, title, policyField, sdg);
    }

    private ElementId item(ElementId parent, Level level, String title, Owner owner, ActionType type,
                           List<String> preconditions, Period period, String policyField) {
        return demo.item(PLAN, ElementId.generate(), parent, level, title, owner, type, preconditions, period, policyField);
    }

    private void send(Object command) {
        demo.send(command);
    }
}
