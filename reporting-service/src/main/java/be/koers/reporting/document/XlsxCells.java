package be.koers.reporting.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.List;

/** Writing typed values, sizing columns and setting up printing, shared by the sheets. */
final class XlsxCells {

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;
    /** Room for the autofilter's drop-down button next to a header. */
    private static final int FILTER_BUTTON = 3;

    private XlsxCells() {
    }

    /**
     * Numbers and dates as real Excel numbers and dates, so readers can sum, sort and filter them; a {@link Figure}
     * with the number format of its own type.
     */
    static void write(Row row, int column, Object value, ColumnType type, XlsxStyles styles, Formats formats) {
        if (value instanceof Figure figure) {
            write(row, column, figure.value(), figure.type(), styles, formats);
            return;
        }
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.cell(type));
        if (type == ColumnType.TEXT) {
            cell.setCellValue(formats.cell(value, type));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue((LocalDate) value);
        }
    }

    static void header(Row row, List<String> labels, List<ColumnType> types, XlsxStyles styles) {
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(styles.header(types.get(c)));
        }
    }

    /** Printed on A4 as wide as the paper, however many pages long: columns cut off onto other pages read badly. */
    static void printOnPageWidth(XSSFSheet sheet, boolean landscape) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** Wide enough for the longest header or value as the reader sees it, up to a width where text wraps. */
    static void sizeColumn(XSSFSheet sheet, int column, String header, List<String> shownValues) {
        int characters = header.length() + FILTER_BUTTON;
        for (String value : shownValues) {
            characters = Math.max(characters, value.length());
        }
        int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, characters + 2));
        sheet.setColumnWidth(column, width * 256);
    }
}
