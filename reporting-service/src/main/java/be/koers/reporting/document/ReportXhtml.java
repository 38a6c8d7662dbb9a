package be.koers.reporting.document;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The XHTML a {@link ReportDocument} is printed from. Built as a DOM, so whatever users typed in titles and texts
 * stays text and never becomes markup.
 */
final class ReportXhtml {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Chart layout size in CSS pixels, about the 174 mm text width of the page so chart text prints at ~9 pt. */
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 340;

    private static final String STYLE = """
            @page {
                size: A4;
                margin: 24mm 18mm 20mm 18mm;
                @top-left { content: element(header); vertical-align: bottom; }
                @bottom-left { content: element(footer); vertical-align: top; }
            }
            @page :first {
                @top-left { content: none; }
            }
            body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; color: #222; }
            .header, .footer { font-size: 8pt; color: #555; }
            .header {
                position: running(header); width: 174mm; margin-bottom: 5mm; padding-bottom: 1.5mm;
                border-bottom: 0.5pt solid #9aa9bd;
            }
            .footer { position: running(footer); padding-top: 4mm; }

            .title-block {
                margin: 0 0 10mm 0; padding: 8mm 0 6mm 6mm;
                border-left: 3mm solid #1f4e79; background-color: #eef2f7;
            }
            .title-block .administration {
                margin: 0; font-size: 10pt; font-weight: bold; text-transform: uppercase; color: #1f4e79;
            }
            .title-block h1 { margin: 3mm 0 2mm 0; font-size: 24pt; line-height: 1.15; color: #1f4e79; }
            .title-block .subtitle { margin: 0; font-size: 13pt; color: #333; }
            .title-block .generated { margin: 4mm 0 0 0; font-size: 8.5pt; color: #555; }

            h2 {
                margin: 8mm 0 3mm 0; padding-bottom: 1mm; border-bottom: 1pt solid #1f4e79;
                font-size: 15pt; color: #1f4e79; page-break-after: avoid;
            }
            h3 { margin: 6mm 0 2mm 0; font-size: 12pt; color: #1f4e79; page-break-after: avoid; }
            p { margin: 0 0 3mm 0; white-space: pre-line; }
            .block-title { margin: 5mm 0 2mm 0; font-weight: bold; font-size: 10pt; page-break-after: avoid; }

            table { border-collapse: collapse; width: 100%; }
            table.key-values { margin: 0 0 4mm 0; }
            table.key-values th {
                width: 35%; padding: 1mm 3mm 1mm 0; text-align: left; vertical-align: top; color: #1f4e79;
            }
            table.key-values td { padding: 1mm 0; vertical-align: top; }

            table.data { margin: 0 0 5mm 0; font-size: 8.5pt; -fs-table-paginate: paginate; }
            table.data thead { display: table-header-group; }
            table.data th {
                padding: 1.5mm 2mm; background-color: #1f4e79; color: #fff; text-align: left; vertical-align: bottom;
            }
            table.data td { padding: 1mm 2mm; border-bottom: 0.5pt solid #d5dce6; vertical-align: top; }
            table.data tr { page-break-inside: avoid; }
            table.data tr.even td { background-color: #f3f6fa; }
            table.data .number { text-align: right; white-space: nowrap; }
            table.data .date { white-space: nowrap; }

            .chart { margin: 0 0 6mm 0; page-break-inside: avoid; }
            .chart img { width: 174mm; }
            """;

    private final ChartRenderer charts;
    private final Locale locale;
    private final Labels labels;
    private final Formats formats;
    private final Document dom;

    private ReportXhtml(ChartRenderer charts, ReportDocument report) {
        this.charts = charts;
        this.locale = report.locale();
        this.labels = Labels.of(locale);
        this.formats = Formats.of(locale);
        this.dom = newDocument();
    }

    static Document of(ReportDocument report, ChartRenderer charts) {
        return new ReportXhtml(charts, report).build(report);
    }

    private Document build(ReportDocument report) {
        Element html = dom.createElementNS(XHTML, "html");
        html.setAttribute("lang", report.locale().toLanguageTag());
        dom.appendChild(html);

        Element head = append(html, "head");
        append(head, "title").setTextContent(report.title());
        meta(head, "author", report.administration());
        meta(head, "subject", report.subtitle() != null ? report.subtitle() : report.title()); // PDF/UA wants one
        append(head, "style").setTextContent(STYLE + pageNumbers());
        Element bookmarks = append(head, "bookmarks");
        Element chapterBookmark = null;

        Element body = append(html, "body");
        runningHeaderAndFooter(body, report);
        titleBlock(body, report);
        for (int s = 0; s < report.sections().size(); s++) {
            Section section = report.sections().get(s);
            String id = "section-" + (s + 1);
            text(body, section.level() == 1 ? "h2" : "h3", null, section.heading()).setAttribute("id", id);
            // the PDF's outline, so readers can jump to a chapter; parts go under the chapter before them
            Element bookmark = section.level() == 1 || chapterBookmark == null ? append(bookmarks, "bookmark")
                    : append(chapterBookmark, "bookmark");
            bookmark.setAttribute("name", section.heading());
            bookmark.setAttribute("href", "#" + id);
            if (section.level() == 1) {
                chapterBookmark = bookmark;
            }
            for (Block block : section.blocks()) {
                block(body, block);
            }
        }
        return dom;
    }

    private void meta(Element head, String name, String content) {
        Element meta = append(head, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", content);
    }

    // In a margin box rather than a running element: only there are the page counters known before text is aligned.
    // The labels are this class's own words, never user text, so they can go into the style sheet.
    private String pageNumbers() {
        return """
                @page { @bottom-right {
                    content: '%s ' counter(page) ' %s ' counter(pages); vertical-align: top; padding-top: 4mm;
                    font-family: 'Liberation Sans', sans-serif; font-size: 8pt; line-height: 1.4; color: #555;
                } }
                """.formatted(labels.page(), labels.pageOf());
    }

    // Running elements have to come before the content of the pages they appear on
    private void runningHeaderAndFooter(Element body, ReportDocument report) {
        text(body, "div", "header", report.title());
        text(body, "div", "footer", report.administration());
    }

    private void titleBlock(Element body, ReportDocument report) {
        Element block = append(body, "div", "title-block");
        text(block, "p", "administration", report.administration());
        text(block, "h1", null, report.title());
        if (report.subtitle() != null) {
            text(block, "p", "subtitle", report.subtitle());
        }
        text(block, "p", "generated", labels.generatedOn() + " " + formats.dateTime(report.generatedAt()));
    }

    private void block(Element body, Block block) {
        if (block instanceof Paragraph paragraph) {
            text(body, "p", null, paragraph.text());
        } else if (block instanceof KeyValues keyValues) {
            keyValues(body, keyValues);
        } else if (block instanceof Table table) {
            table(body, table);
        } else {
            chart(body, (Chart) block); // Block is sealed: a chart is all that is left
        }
    }

    private void keyValues(Element body, KeyValues keyValues) {
        Element table = append(body, "table", "key-values");
        Element rows = append(table, "tbody");
        for (KeyValues.KeyValue line : keyValues.lines()) {
            Element row = append(rows, "tr");
            text(row, "th", null, line.label());
            text(row, "td", null, line.value() == null ? "" : line.value());
        }
    }

    private void table(Element body, Table table) {
        text(body, "p", "block-title", table.title());
        Element element = append(body, "table", "data");
        Element header = append(append(element, "thead"), "tr");
        for (Column column : table.columns()) {
            text(header, "th", cellClass(column), column.label());
        }
        Element rows = append(element, "tbody");
        for (int r = 0; r < table.rows().size(); r++) {
            Element row = append(rows, "tr", r % 2 == 0 ? "odd" : "even");
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Column column = table.columns().get(c);
                text(row, "td", cellClass(column), formats.cell(cells.get(c), column.type()));
            }
        }
    }

    private static String cellClass(Column column) {
        return column.type().numeric() ? "number" : column.type() == ColumnType.DATE ? "date" : null;
    }

    private void chart(Element body, Chart chart) {
        Element figure = append(body, "div", "chart");
        text(figure, "p", "block-title", chart.title());
        byte[] png = charts.png(chart, locale, CHART_WIDTH, CHART_HEIGHT);
        Element image = append(figure, "img");
        image.setAttribute("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        image.setAttribute("alt", chart.title());
    }

    private Element text(Element parent, String name, String cssClass, String text) {
        Element element = append(parent, name, cssClass);
        element.setTextContent(text);
        return element;
    }

    private Element append(Element parent, String name) {
        return append(parent, name, null);
    }

    private Element append(Element parent, String name, String cssClass) {
        Element element = dom.createElementNS(XHTML, name);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
