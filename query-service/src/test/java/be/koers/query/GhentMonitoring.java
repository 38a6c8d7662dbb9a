package be.koers.query;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimateRevised;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorEvent;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.IndicatorRevised;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreCorrected;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.progress.ProgressReported;
import be.koers.planning.api.progress.ProgressStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Monitoring of a {@link GhentPlan}, as the command-service would record it: an indicator of green space with
 * quarterly scores (one corrected), progress on the Bloemekespark, and the park maintenance's budget for 2026
 * (estimated, revised, actuals). Publish the plan's events first: the plan events here continue its stream.
 */
public final class GhentMonitoring {

    public final GhentPlan ghent;
    public final IndicatorId greenPerResident = IndicatorId.generate();

    public GhentMonitoring(GhentPlan ghent) {
        this.ghent = ghent;
    }

    /**
     * The indicator's stream: defined with yearly and quarterly targets, three quarterly scores (2027-Q1 corrected to
     * revision 2), then renamed.
     */
    public List<IndicatorEvent> indicatorEvents() {
        return List.of(
                new IndicatorDefined(ghent.tenant, greenPerResident, ghent.planId, "Publiek groen per inwoner", "m²",
                        IndicatorKind.NUMBER, Direction.HIGHER_IS_BETTER,
                        new Baseline(new BigDecimal("12.40"), LocalDate.of(2025, 1, 1)),
                        List.of(target("2026", "13.00"), target("2027-Q2", "13.75"), target("2027", "14.50")),
                        Frequency.QUARTERLY, "Groendienst GIS", "Groendienst", List.of(ghent.greenSpace, ghent.bloemekespark),
                        2025, 2030),
                new ScoreRecorded(ghent.tenant, greenPerResident, ghent.planId, period("2026-Q4"), new BigDecimal("13.10"),
                        "Wintertelling", "https://gis.gent.be/groen/2026"),
                new ScoreRecorded(ghent.tenant, greenPerResident, ghent.planId, period("2027-Q1"), new BigDecimal("13.20"),
                        null, null),
                new ScoreCorrected(ghent.tenant, greenPerResident, ghent.planId, period("2027-Q1"), new BigDecimal("13.35"),
                        new BigDecimal("13.20"), "Met Bloemekespark", "https://gis.gent.be/groen/2027-q1",
                        "Het Bloemekespark ontbrak in de telling", 2),
                new ScoreRecorded(ghent.tenant, greenPerResident, ghent.planId, period("2027-Q2"), new BigDecimal("13.65"),
                        null, null),
                new IndicatorRevised(ghent.tenant, greenPerResident, ghent.planId, "Publiek groen binnen 400 m per inwoner",
                        "m²", "Groendienst GIS", "Groendienst", "Definitie van het bestuursakkoord"));
    }

    /** Continues the plan's stream after {@link GhentPlan#VERSION}. */
    public List<PlanEvent> planEvents() {
        return List.of(
                new ProgressReported(ghent.tenant, ghent.planId, ghent.bloemekespark, ProgressStatus.STARTED,
                        ProgressStatus.NOT_STARTED, 40, "Graafwerken gestart", null, null),
                new BudgetEstimated(ghent.tenant, ghent.planId, ghent.maintainParks, 2026,
                        figures("1250000.10", "20000.20", "300000.30", "0.00", "12.50")),
                new BudgetEstimateRevised(ghent.tenant, ghent.planId, ghent.maintainParks, 2026,
                        figures("1250000.10", "20000.20", "300000.30", "0.00", "12.50"),
                        figures("1300000.10", "20000.20", "300000.30", "0.00", "13.00"), "Extra maaibeurten"),
                new BudgetActualsRecorded(ghent.tenant, ghent.planId, ghent.maintainParks, 2026,
                        figures("1299999.99", "19000.00", "280000.01", "0.00", "12.75")));
    }

    public static MeasurementPeriod period(String text) {
        return MeasurementPeriod.parse(text);
    }

    public static Target target(String period, String value) {
        return new Target(period(period), new BigDecimal(value), null, null);
    }

    public static BudgetFigures figures(String operatingExpenditure, String operatingReceipts, String investmentExpenditure,
                                        String investmentReceipts, String staffFte) {
        return new BudgetFigures(Euro.of(operatingExpenditure), Euro.of(operatingReceipts), Euro.of(investmentExpenditure),
                Euro.of(investmentReceipts), new BigDecimal(staffFte));
    }
}
