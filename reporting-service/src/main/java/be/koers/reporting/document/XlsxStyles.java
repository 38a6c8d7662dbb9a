package be.koers.reporting.document;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The cell styles of one workbook, made once: Excel allows a limited number of styles per workbook. Number formats
 * are stored the Excel way (',' groups, '.' decimals) and shown with the separators of the reader's Windows.
 */
final class XlsxStyles {

    private static final byte[] DARK_BLUE = {0x1F, 0x4E, 0x79};
    private static final byte[] PALE_BLUE = {(byte) 0xDD, (byte) 0xE6, (byte) 0xF0};

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle heading1;
    final CellStyle heading2;
    final CellStyle label;
    final CellStyle wrapped;
    final CellStyle link;
    final CellStyle dateTime;
    private final Map<ColumnType, CellStyle> cells = new EnumMap<>(ColumnType.class);
    private final CellStyle header;
    private final CellStyle numberHeader;

    XlsxStyles(XSSFWorkbook workbook, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        DataFormat formats = workbook.createDataFormat();

        title = style(workbook, font(workbook, 18, true, DARK_BLUE));
        subtitle = style(workbook, font(workbook, 12, false, null));
        heading1 = style(workbook, font(workbook, 14, true, DARK_BLUE));
        heading2 = style(workbook, font(workbook, 12, true, DARK_BLUE));
        label = style(workbook, font(workbook, 11, true, null));
        label.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont linkFont = font(workbook, 11, false, new byte[]{0x05, 0x63, (byte) 0xC1});
        linkFont.setUnderline(XSSFFont.U_SINGLE);
        link = style(workbook, linkFont);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(formats.getFormat(english ? "d mmm yyyy hh:mm" : "d/mm/yyyy hh:mm"));
        dateTime.setAlignment(HorizontalAlignment.LEFT);

        header = headerStyle(workbook);
        numberHeader = headerStyle(workbook);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);

        cells.put(ColumnType.TEXT, wrapped);
        cells.put(ColumnType.INTEGER, numberStyle(workbook, formats.getFormat("#,##0")));
        // "#,##0.##" would leave a bare decimal separator behind whole numbers ("15,")
        cells.put(ColumnType.DECIMAL, numberStyle(workbook, formats.getFormat("#,##0.00")));
        cells.put(ColumnType.EURO, numberStyle(workbook,
                formats.getFormat(english ? "\"€\"#,##0.00;-\"€\"#,##0.00" : "\"€ \"#,##0.00;\"€ -\"#,##0.00")));
        // "General" shows 15 and 12,5 as they are; a pattern "0.##" would leave "15," behind
        cells.put(ColumnType.FTE, numberStyle(workbook, formats.getFormat("General")));
        cells.put(ColumnType.PERCENT, numberStyle(workbook, formats.getFormat("0.0%")));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat(english ? "d mmm yyyy" : "d/mm/yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        cells.put(ColumnType.DATE, date);
    }

    CellStyle cell(ColumnType type) {
        return cells.get(type);
    }

    CellStyle header(ColumnType type) {
        return type.numeric() ? numberHeader : header;
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFCellStyle style = style(workbook, font(workbook, 11, true, null));
        style.setFillForegroundColor(new XSSFColor(PALE_BLUE));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold, byte[] rgb) {
        XSSFFont font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (rgb != null) {
            font.setColor(new XSSFColor(rgb));
        }
        return font;
    }
}
