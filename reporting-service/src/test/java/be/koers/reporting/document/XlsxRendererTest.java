package be.koers.reporting.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxRendererTest {

    private static final XlsxRenderer RENDERER = new XlsxRenderer();
    private static byte[] dutchXlsx;

    @BeforeAll
    static void render() throws IOException {
        dutchXlsx = RENDERER.render(SampleReport.dutch());
        Path sample = Path.of("target", "sample-report.xlsx"); // for a human to open
        Files.createDirectories(sample.getParent());
        Files.write(sample, dutchXlsx);
    }

    @Test
    void putsAnOverviewFirstThenASheetPerTableAndChartInReadingOrder() throws IOException {
        try (XSSFWorkbook workbook = open(dutchXlsx)) {
            assertThat(sheetNames(workbook)).containsExactly("Overzicht", "Budget per doelstelling",
                    "Budget en uitgaven per doelstel", "Acties van het meerjarenplan",
                    "Voortgang van de acties per bel", "Indicatoren nulmeting, streefwa");
        }
    }

    @Test
    void showsTitleTextsAndLinksOnTheOverview() throws IOException {
        try (XSSFWorkbook workbook = open(dutchXlsx)) {
            Sheet overview = workbook.getSheet("Overzicht");
            assertThat(text(overview, 0, 0)).isEqualTo(SampleReport.TITLE);
            assertThat(column(overview, 0)).contains("Gegenereerd op", "Financiële opvolging", "Beoogd resultaat",
                    "Acties", "Indicatoren");
            Cell generated = row(overview, "Gegenereerd op").getCell(1);
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 14, 3));
            Cell link = row(overview, "Tabel").getCell(1);
            assertThat(link.getStringCellValue()).isEqualTo("Budget per doelstelling");
            assertThat(link.getHyperlink().getAddress()).isEqualTo("'Budget per doelstelling'!A1");
        }
    }

    @Test
    void writesTablesWithABoldFrozenFilterableHeader() throws IOException {
        try (XSSFWorkbook workbook = open(dutchXlsx)) {
            XSSFSheet sheet = workbook.getSheet("Acties van het meerjarenplan");
            Row header = sheet.getRow(0);
            assertThat(text(sheet, 0, 1)).isEqualTo("Actie");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G121");
            assertThat(sheet.getLastRowNum()).isEqualTo(SampleReport.ACTION_COUNT);
            assertThat(sheet.getColumnWidth(1)).as("title column wider than number column")
                    .isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void writesEurosPercentagesAndDatesAsRealNumbersWithFormats() throws IOException {
        try (XSSFWorkbook workbook = open(dutchXlsx)) {
            Sheet budget = workbook.getSheet("Budget per doelstelling");
            Cell euro = budget.getRow(1).getCell(1);
            assertThat(euro.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(euro.getNumericCellValue()).isEqualTo(1234.56);
            assertThat(euro.getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");
            Cell percent = budget.getRow(1).getCell(3);
            assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(percent.getNumericCellValue()).isEqualTo(0.25);
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(budget.getRow(5).getCell(2)).as("an empty amount stays empty").isNull();

            Cell date = workbook.getSheet("Acties van het meerjarenplan").getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 1));
            Cell integer = workbook.getSheet("Acties van het meerjarenplan").getRow(1).getCell(0);
            assertThat(integer.getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void drawsChartsAsNativeExcelChartsOverTheirData() throws IOException {
        try (XSSFWorkbook workbook = open(dutchXlsx)) {
            XSSFSheet barSheet = workbook.getSheet("Budget en uitgaven per doelstel");
            assertThat(text(barSheet, 0, 1)).isEqualTo("Budget");
            assertThat(barSheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2_450_000);
            XSSFChart bar = onlyChart(barSheet);
            assertThat(bar.getTitleText().getString()).isEqualTo("Budget en uitgaven per doelstelling");
            CTPlotArea barPlot = bar.getCTChart().getPlotArea();
            assertThat(barPlot.getBarChartArray()).hasSize(1);
            assertThat(barPlot.getBarChartArray(0).getSerArray()).hasSize(2);

            CTPlotArea stackedPlot = onlyChart(workbook.getSheet("Voortgang van de acties per bel"))
                    .getCTChart().getPlotArea();
            assertThat(stackedPlot.getBarChartArray(0).getGrouping().getVal()).isEqualTo(STBarGrouping.STACKED);
            assertThat(stackedPlot.getBarChartArray(0).getSerArray()).hasSize(3);
        }
    }

    @Test
    void drawsLineAndPieChartsToo() throws IOException {
        Chart line = new Chart("trend", "Trend", ChartKind.LINE, null, List.of("2026", "2027"),
                List.of(new Series("Inwoners", List.of(10_000, 10_250))));
        Chart pie = new Chart("share", "Aandeel", ChartKind.PIE, null, ColumnType.EURO, List.of("Groen", "Wonen"),
                List.of(new Series("Budget", List.of(2, 3))));
        ReportDocument report = new ReportDocument("Grafieken", null, "Gemeente Koersbeke", Locale.ENGLISH,
                SampleReport.dutch().generatedAt(), List.of(Section.chapter("Grafieken", line, pie)));

        try (XSSFWorkbook workbook = open(RENDERER.render(report))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Trend", "Aandeel");
            assertThat(onlyChart(workbook.getSheet("Trend")).getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
            assertThat(onlyChart(workbook.getSheet("Aandeel")).getCTChart().getPlotArea().getPieChartArray()).hasSize(1);
        }
    }

    @Test
    void makesSheetNamesFromAnyTitleValidAndUnique() throws IOException {
        Table first = new Table("a", "Budget: 2026/2027 [raming]?", List.of(new Column("x", "X", ColumnType.TEXT)),
                List.of());
        Table second = new Table("b", "budget: 2026/2027 [raming]?", List.of(new Column("x", "X", ColumnType.TEXT)),
                List.of());
        ReportDocument report = new ReportDocument("Namen", null, "Gemeente Koersbeke", Locale.ENGLISH,
                SampleReport.dutch().generatedAt(), List.of(Section.chapter("Tabellen", first, second)));

        try (XSSFWorkbook workbook = open(RENDERER.render(report))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Budget 2026 2027 raming",
                    "budget 2026 2027 raming (2)");
            assertThat(workbook.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1");
        }
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> column(Sheet sheet, int column) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row != null && row.getCell(column) != null
                        && row.getCell(column).getCellType() == CellType.STRING)
                .map(row -> row.getCell(column).getStringCellValue()).toList();
    }

    private static Row row(Sheet sheet, String label) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row != null && row.getCell(0) != null
                        && label.equals(row.getCell(0).getStringCellValue()))
                .findFirst().orElseThrow();
    }
}
