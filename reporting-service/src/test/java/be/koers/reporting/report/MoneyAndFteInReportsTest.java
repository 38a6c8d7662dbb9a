package be.koers.reporting.report;

import be.koers.planning.api.budget.BudgetActualsRecorded;
import be.koers.planning.api.budget.BudgetEstimated;
import be.koers.planning.api.budget.BudgetFigures;
import be.koers.planning.api.budget.Euro;
import be.koers.planning.api.indicator.Baseline;
import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorDefined;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.ScoreRecorded;
import be.koers.planning.api.indicator.Target;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.reporting.ReportingServiceTest;
import be.koers.reporting.TwoLegislatures;
import be.koers.testing.ApiClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Money is shown as money and staff as FTE in every table, also where one table holds both: the per-goal budget of
 * the follow-up report (amounts in euro, its staff row in FTE) and the indicators of a goal (a money indicator in euro).
 * The current plan of {@link TwoLegislatures} gets, for action B1 under goal H1 in 2027, an estimate of € 1 600 000,30
 * with 12.5 FTE and actuals of € 1 500 000 with 15 FTE, and a money indicator with baseline € 100 000, target € 250 000,50 and
 * score € 125 000,25.
 */
class MoneyAndFteInReportsTest extends ReportingServiceTest {

    private static final TwoLegislatures PLANS = new TwoLegislatures("mf");
    private static final String FOLLOW_UP = "/api/plans/" + PLANS.current.value() + "/reports/follow-up?year=2027";

    @Test
    void thePerGoalBudgetShowsEuroWithCentsAndItsStaffInFteInPdfXlsxAndCsv() throws IOException {
        budgetAndMoneyIndicatorOf2027();

        String dutch = pdfText(planner().download(FOLLOW_UP + "&lang=nl").body());
        assertThat(dutch).contains("Exploitatie-uitgaven € 1.600.000,30 € 1.500.000,00 € -100.000,30",
                "Exploitatie-ontvangsten € 0,00 € 0,00 € 0,00", "Personeel (VTE) 12,5 15 2,5");
        assertThat(dutch).contains("Subsidies binnengehaald euro € 100.000,00 € 250.000,50 € 125.000,25 2027");

        String english = pdfText(planner().download(FOLLOW_UP + "&lang=en").body());
        assertThat(english).contains("Operating expenditure €1,600,000.30 €1,500,000.00 -€100,000.30",
                "Staff (FTE) 12.5 15 2.5", "Subsidies binnengehaald euro €100,000.00 €250,000.50 €125,000.25 2027");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                planner().download(FOLLOW_UP + "&lang=en&format=xlsx").body()))) {
            Row expenditure = rowStartingWith(workbook, "Operating expenditure", 1_600_000.30);
            assertThat(numbers(expenditure)).containsExactly(1_600_000.30, 1_500_000.0, -100_000.30);
            assertThat(formats(expenditure)).hasSize(3).allSatisfy(format -> assertThat(format).contains("€").contains("0.00"));
            Row staff = rowStartingWith(workbook, "Staff (FTE)", 12.5);
            assertThat(numbers(staff)).containsExactly(12.5, 15.0, 2.5);
            assertThat(formats(staff)).hasSize(3).allSatisfy(format -> assertThat(format).doesNotContain("€"));
            Row indicator = rowStartingWith(workbook, "Subsidies binnengehaald", 250_000.50);
            assertThat(numbers(indicator)).containsExactly(100_000.0, 250_000.50, 125_000.25);
            assertThat(formats(indicator)).allSatisfy(format -> assertThat(format).contains("€"));
        }

        // CSV is for scripts: plain numbers as stored, whatever their kind
        String csv = planner().download(FOLLOW_UP.replace("follow-up?", "follow-up/tables/goal-1-budget?") + "&lang=nl").text();
        assertThat(csv).contains("Exploitatie-uitgaven;1600000,30;1500000,00;-100000,30", "Personeel (VTE);12,50;15,00;2,50");
    }

    /** Published with the fixture by this test's publisher, so the plan's sequence numbers run on. */
    private void budgetAndMoneyIndicatorOf2027() {
        projected(PLANS);
        List<TenantScoped> events = List.of(
                new BudgetEstimated(PLANS.tenant, PLANS.current, PLANS.id("B1"), 2027,
                        new BudgetFigures(Euro.of("1600000.30"), null, null, null, new BigDecimal("12.5"))),
                new BudgetActualsRecorded(PLANS.tenant, PLANS.current, PLANS.id("B1"), 2027,
                        new BudgetFigures(Euro.of("1500000.00"), null, null, null, new BigDecimal("15"))),
                new IndicatorDefined(PLANS.tenant, PLANS.indicator("J3"), PLANS.current, "Subsidies binnengehaald", "euro",
                        IndicatorKind.MONEY, Direction.HIGHER_IS_BETTER,
                        new Baseline(new BigDecimal("100000.00"), LocalDate.of(2025, 1, 1)),
                        List.of(new Target(MeasurementPeriod.parse("2027"), new BigDecimal("250000.50"), null, null)),
                        Frequency.YEARLY, null, "Finance", List.of(PLANS.id("H1")), 2025, 2030),
                new ScoreRecorded(PLANS.tenant, PLANS.indicator("J3"), PLANS.current, MeasurementPeriod.parse("2027"),
                        new BigDecimal("125000.25"), null, null));
        publish(events);
        await().atMost(PATIENCE).until(() -> planner().download(FOLLOW_UP.replace("follow-up?", "follow-up/tables/goal-1-indicators?")
                + "&lang=en").text(), csv -> csv.contains("125000.25"));
        await().atMost(PATIENCE).until(() -> planner().download(FOLLOW_UP.replace("follow-up?", "follow-up/tables/goal-1-budget?")
                + "&lang=en").text(), csv -> csv.contains("1500000.00"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // non-breaking and narrow spaces in formatted amounts read as plain spaces
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    /** The row on any sheet that starts with the text and holds the number. */
    private static Row rowStartingWith(XSSFWorkbook workbook, String text, double number) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)
                        && numbers(row).contains(number)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + text + " with " + number);
    }

    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                numbers.add(cell.getNumericCellValue());
            }
        });
        return numbers;
    }

    /** The number formats of the row's numeric cells. */
    private static List<String> formats(Row row) {
        List<String> formats = new ArrayList<>();
        row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC) {
                formats.add(cell.getCellStyle().getDataFormatString());
            }
        });
        return formats;
    }
}
