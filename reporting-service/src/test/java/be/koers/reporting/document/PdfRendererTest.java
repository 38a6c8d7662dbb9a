package be.koers.reporting.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(new ChartRenderer());
    private static byte[] dutchPdf;

    @BeforeAll
    static void render() throws IOException {
        dutchPdf = RENDERER.render(SampleReport.dutch());
        // for a human to look at: the layout is not something assertions can judge
        Path sample = Path.of("target", "sample-report.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, dutchPdf);
    }

    @Test
    void printsTheReportOnSeveralPagesWithTitleHeadingsAndCells() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = text(pdf);
            assertThat(text).contains(SampleReport.TITLE, "Gemeente Koersbeke", "Financiële opvolging", "Acties",
                    SampleReport.ACCENTED_CELL, "Gegenereerd op 3 december 2026 14:03");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(SampleReport.TITLE);
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-BE");
        }
    }

    @Test
    void formatsEurosPercentagesAndDatesTheBelgianWay() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            assertThat(text(pdf)).contains("€ 1.234,56", "€ 2.450.000,00", "25,0 %", "1 okt. 2026", "1.234,5");
        }
    }

    @Test
    void outlinesTheSectionsForNavigation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            List<String> chapters = new ArrayList<>();
            outline.children().forEach(chapter -> chapters.add(chapter.getTitle()));
            assertThat(chapters).containsExactly("Financiële opvolging", "Acties");
            assertThat(outline.getLastChild().getFirstChild().getTitle()).isEqualTo("Indicatoren");
        }
    }

    @Test
    void numbersEveryPageInTheFooter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            int pages = pdf.getNumberOfPages();
            assertThat(text(pdf, 1)).contains("pagina 1 van " + pages);
            assertThat(text(pdf, pages)).contains("pagina " + pages + " van " + pages);
        }
    }

    @Test
    void repeatsTheTitleAboveEveryPageButTheFirst() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            // page 1 has the title only in its title block, where it is too long for one line
            assertThat(text(pdf, 1).lines()).doesNotContain(SampleReport.TITLE);
            assertThat(text(pdf, 2).lines()).contains(SampleReport.TITLE);
        }
    }

    @Test
    void repeatsTheTableHeaderOnEachPageTheTableSpans() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            long pagesWithActions = 0;
            long pagesWithActionHeader = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = text(pdf, page);
                if (text.contains("Actie 60: uitvoering") || text.contains("Actie 110: uitvoering")) {
                    pagesWithActions++;
                    pagesWithActionHeader += text.contains("Voortgang") ? 1 : 0;
                }
            }
            assertThat(pagesWithActions).isEqualTo(2);
            assertThat(pagesWithActionHeader).isEqualTo(pagesWithActions);
        }
    }

    @Test
    void embedsTheChartsAsImages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(2);
        }
    }

    @Test
    void speaksEnglishWhenTheReportIsInEnglish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleReport.in(Locale.ENGLISH)))) {
            String text = text(pdf);
            assertThat(text).contains("€1,234.56", "25.0%", "page 1 of " + pdf.getNumberOfPages(),
                    "Generated on December 3, 2026");
        }
    }

    @Test
    void keepsMarkupTypedByUsersAsText() throws IOException {
        ReportDocument report = new ReportDocument("<b>Plan</b> & <script>x</script>", null, "A & B", Locale.ENGLISH,
                SampleReport.dutch().generatedAt(), List.of(
                Section.chapter("</h2><h1>Heading", new Paragraph("<img src=\"http://example.org/x.png\"/>"))));
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(report))) {
            assertThat(text(pdf)).contains("<b>Plan</b> & <script>x</script>", "A & B", "</h2><h1>Heading",
                    "<img src=\"http://example.org/x.png\"/>");
        }
    }

    @Test
    void rendersOnSeveralThreadsAtOnce() throws Exception {
        String expected;
        try (PDDocument pdf = Loader.loadPDF(dutchPdf)) {
            expected = text(pdf);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pdfs.add(threads.submit(() -> RENDERER.render(SampleReport.dutch())));
            }
            for (Future<byte[]> pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(pdf.get())) {
                    assertThat(text(document)).isEqualTo(expected);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String text(PDDocument pdf) throws IOException {
        return text(pdf, 1, pdf.getNumberOfPages());
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        return text(pdf, page, page);
    }

    private static String text(PDDocument pdf, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // page numbers are drawn last, yet read where they stand
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return normalized(stripper.getText(pdf));
    }

    // the renderer keeps amounts together with no-break spaces; readers see plain spaces
    private static String normalized(String text) {
        return text.replace('\u00A0', ' ');
    }
}
