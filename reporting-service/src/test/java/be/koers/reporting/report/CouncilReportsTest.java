package be.koers.reporting.report;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-up report and the strategic note of a plan fed through Kafka, written as PDF, XLSX and CSV, opened back
 * with PDFBox and POI and read for their titles and figures. The figures of 2021 in {@link TwoLegislatures}: goal G1
 * estimated € 50 000 (action A2) and spent € 20 000; goal G2 estimated € 40 000 (A5) and spent € 35 000.
 */
class CouncilReportsTest extends ReportingServiceTest {

    private static final TwoLegislatures PLANS = new TwoLegislatures("cr");
    @BeforeEach
    void projected() {
        projected(PLANS);
    }

    @Test
    void theFollowUpReportPdfHasTheTitlesGoalsAndFiguresOfTheYear() throws IOException {
        ApiClient.Download pdf = planner().download(followUp() + "?year=2021&format=pdf&lang=nl");

        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).contains("follow-up-" + PLANS.previous.value() + "-2021.pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Opvolgingsrapport 2021", "Meerjarenplan 2020-2025", "Koersbeke",
                "Vlot en veilig verkeer", "Een groene gemeente", "Cultuur voor iedereen", "Resultaat: Vlot en veilig verkeer",
                "Actieplannen", "Aandeel fietsverplaatsingen", "Realisatie van de legislatuur tot nu toe", "Bewust beleid");
        assertThat(text).contains("€ 50.000,00", "€ 20.000,00", "€ 40.000,00", "€ 35.000,00");
    }

    @Test
    void theFollowUpReportSpeaksEnglishWhenAsked() throws IOException {
        String text = pdfText(planner().download(followUp() + "?year=2021&lang=en").body());

        assertThat(text).contains("Follow-up report 2021", "Summary", "Action plans", "Deliberate policy", "€50,000.00");
        assertThat(pdfText(planner().withHeader("Accept-Language", "en-GB,en;q=0.9").download(followUp() + "?year=2021").body()))
                .as("without lang, the browser's language").contains("Follow-up report 2021");
        assertThat(pdfText(planner().withHeader("Accept-Language", "fr-BE").download(followUp() + "?year=2021").body()))
                .as("Dutch when neither nl nor en is accepted").contains("Opvolgingsrapport 2021");
    }

    @Test
    void theFollowUpReportXlsxHoldsTheFiguresAsNumbers() throws IOException {
        ApiClient.Download xlsx = planner().download(followUp() + "?year=2021&format=xlsx");

        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(sheetNames(workbook)).contains("Doelstellingen in een oogopslag");
            Row mobility = rowStartingWith(workbook.getSheet("Doelstellingen in een oogopslag"), "Vlot en veilig verkeer");
            assertThat(numbers(mobility)).contains(50000.0, 20000.0, 0.4);
            Row green = rowStartingWith(workbook.getSheet("Doelstellingen in een oogopslag"), "Een groene gemeente");
            assertThat(numbers(green)).contains(40000.0, 35000.0, 0.875);
        }
    }

    @Test
    void everyTableOfTheReportComesAsCsv() {
        ApiClient.Download csv = planner().download(followUp() + "/tables/summary?year=2021&lang=nl");

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.text()).contains("goal;items;done;averageComplete;indicatorsOnTrack;estimate;actual;execution")
                .contains("Vlot en veilig verkeer;3;2;").contains("50000,00;20000,00;0,4");

        ApiClient.Download english = planner().download(followUp() + "/tables/goal-1-budget?year=2021&lang=en");
        assertThat(english.text()).contains("figure,estimate,actual,difference").contains("Operating expenditure,50000.00,20000.00,-30000.00");
    }

    @Test
    void theStrategicNoteHasTheGoalsBudgetsAndIndicatorsOfThePlan() throws IOException {
        ApiClient.Download pdf = planner().download(strategicNote(PLANS.current.value()) + "?lang=nl");

        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text).contains("Strategische nota", "Meerjarenplan 2026-2031", "Missie, visie en kernwaarden",
                "Vlot, veilig en duurzaam verkeer", "Natuur dichtbij", "Digitale gemeente", "Budget per beleidsveld",
                "Digital", "€ 80.000,00", "€ 300.000,00", "Aandeel fietsverplaatsingen");

        ApiClient.Download xlsx = planner().download(strategicNote(PLANS.current.value()) + "?format=xlsx&lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row mobility = rowStartingWith(workbook.getSheet("Budget per policy field"), "Mobility");
            assertThat(numbers(mobility)).containsExactly(300000.0);
        }
    }

    @Test
    void everyReportNamesTheAdministrationByItsDisplayNameInTheReadersLanguage() throws IOException {
        TenantId duinhoven = TenantId.of("duinhoven-" + UUID.randomUUID().toString().substring(0, 8));
        TwoLegislatures named = new TwoLegislatures("named", duinhoven);
        publish(List.of(new TenantCreated(named.tenant, new LocalisedName("Gemeente Duinhoven", "Municipality of Duinhoven"),
                DepartmentMatch.ID, false)));
        publish(named.previousLegislature());
        ApiClient planner = as("planner@" + named.tenant, "planner");
        String followUp = "/api/plans/" + named.previous.value() + "/reports/follow-up?year=2021";
        String note = "/api/plans/" + named.previous.value() + "/reports/strategic-note";
        // the tenant's events and the plan's come on different topics: wait until the read models hold both
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertThat(pdfText(planner.download(followUp + "&lang=nl").body())).contains("Gemeente Duinhoven"));

        String englishFollowUp = pdfText(planner.download(followUp + "&lang=en").body());
        assertThat(englishFollowUp).contains("Municipality of Duinhoven").doesNotContain("Gemeente Duinhoven");
        assertThat(pdfText(planner.download(note + "?lang=nl").body())).contains("Gemeente Duinhoven");
        assertThat(pdfText(planner.download(note + "?lang=en").body())).contains("Municipality of Duinhoven");
        assertXlsxNames(planner.download(followUp + "&format=xlsx&lang=nl"), "Gemeente Duinhoven");
        assertXlsxNames(planner.download(note + "?format=xlsx&lang=en"), "Municipality of Duinhoven");
        String capitalisedId = "D" + named.tenant.value().substring(1);
        assertThat(englishFollowUp).doesNotContain(capitalisedId);

        publish(List.of(new TenantSettingsChanged(named.tenant, new LocalisedName("Stad Duinhoven", "City of Duinhoven"),
                DepartmentMatch.ID, true)));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(pdfText(planner.download(note + "?lang=en").body())).contains("City of Duinhoven"));

        // Koersbeke is no registered administration here: its reports still name it, by its id capitalised
        assertThat(pdfText(planner().download(followUp() + "?year=2021&lang=en").body())).contains("Koersbeke");
    }

    @Test
    void refusesWhatItCannotWrite() {
        assertProblem(planner().download(followUp() + "?year=2031"), 422, "year", "within-legislature");
        assertProblem(planner().download(followUp() + "?year=2021&format=docx"), 400, "format", "document-format");
        assertProblem(planner().download(followUp() + "?year=2021&lang=fr"), 422, "lang", "supported-language");
        assertProblem(planner().download(followUp() + "/tables/nothing?year=2021"), 404, "tableId", "unknown-table");
        assertProblem(as("zandhoven-planner", "zandhoven").download(followUp() + "?year=2021"), 404, "planId", "unknown-plan");
    }

    private static String followUp() {
        return "/api/plans/" + PLANS.previous.value() + "/reports/follow-up";
    }

    private static String strategicNote(String planId) {
        return "/api/plans/" + planId + "/reports/strategic-note";
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // non-breaking and narrow spaces in formatted amounts read as plain spaces
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    /** The workbook's author and its overview sheet's administration line carry the name. */
    private static void assertXlsxNames(ApiClient.Download xlsx, String administration) throws IOException {
        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo(administration);
            List<String> overview = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    overview.add(cell.getStringCellValue());
                }
            }));
            assertThat(overview).contains(administration);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        assertThat(sheet).as("sheet").isNotNull();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " on sheet " + sheet.getSheetName());
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

    private static void assertProblem(ApiClient.Download response, int status, String field, String rule) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text()).contains("\"field\":\"" + field + "\"", "\"rule\":\"" + rule + "\"");
    }
}
