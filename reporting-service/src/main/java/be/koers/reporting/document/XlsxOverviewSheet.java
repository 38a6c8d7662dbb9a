package be.koers.reporting.document;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * The first sheet: what the report is, its texts section by section, and links to the sheets of its tables and
 * charts.
 */
final class XlsxOverviewSheet {

    private static final int LABEL_WIDTH = 30;
    private static final int TEXT_WIDTH = 90;
    private static final float LINE_HEIGHT = 15f;

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private final Labels labels;
    private int nextRow;

    private XlsxOverviewSheet(XSSFSheet sheet, XlsxStyles styles, Labels labels) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
    }

    /** @param sheetNames the sheet each table and chart is on */
    static void write(XSSFSheet sheet, ReportDocument report, Map<Block, String> sheetNames, XlsxStyles styles) {
        new XlsxOverviewSheet(sheet, styles, Labels.of(report.locale())).write(report, sheetNames);
    }

    private void write(ReportDocument report, Map<Block, String> sheetNames) {
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH * 256);
        XlsxCells.printOnPageWidth(sheet, false);
        text(newRow(), 0, report.title(), styles.title);
        if (report.subtitle() != null) {
            text(newRow(), 0, report.subtitle(), styles.subtitle);
        }
        nextRow++;
        labelled(labels.administration(), report.administration());
        Row generated = newRow();
        text(generated, 0, labels.generatedOn(), styles.label);
        Cell at = generated.createCell(1);
        at.setCellValue(LocalDateTime.ofInstant(report.generatedAt(), Formats.ZONE));
        at.setCellStyle(styles.dateTime);

        for (Section section : report.sections()) {
            nextRow++;
            text(newRow(), 0, section.heading(), section.level() == 1 ? styles.heading1 : styles.heading2);
            for (Block block : section.blocks()) {
                block(block, sheetNames);
            }
        }
    }

    private void block(Block block, Map<Block, String> sheetNames) {
        if (block instanceof Paragraph paragraph) {
            paragraph(paragraph.text());
        } else if (block instanceof KeyValues keyValues) {
            keyValues.lines().forEach(line -> labelled(line.label(), line.value()));
        } else if (block instanceof Table table) {
            link(labels.table(), table.title(), sheetNames.get(block));
        } else {
            link(labels.chart(), ((Chart) block).title(), sheetNames.get(block)); // Block is sealed
        }
    }

    // Over both columns; Excel does not grow merged rows to fit wrapped text, so the height is estimated
    private void paragraph(String text) {
        Row row = newRow();
        text(row, 0, text, styles.wrapped);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
        int lines = text.lines().mapToInt(line -> Math.max(1, (line.length() + TEXT_WIDTH + LABEL_WIDTH - 1)
                / (TEXT_WIDTH + LABEL_WIDTH))).sum();
        row.setHeightInPoints(Math.max(1, lines) * LINE_HEIGHT);
    }

    private void labelled(String label, String value) {
        Row row = newRow();
        text(row, 0, label, styles.label);
        text(row, 1, value == null ? "" : value, styles.wrapped);
    }

    private void link(String kind, String title, String sheetName) {
        Row row = newRow();
        text(row, 0, kind, styles.label);
        Cell cell = text(row, 1, title, styles.link);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }

    private Row newRow() {
        return sheet.createRow(nextRow++);
    }

    private static Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }
}
