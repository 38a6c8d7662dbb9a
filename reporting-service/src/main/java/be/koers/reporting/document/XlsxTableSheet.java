package be.koers.reporting.document;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/** A table on a sheet of its own: a frozen, filterable header row above real numbers and dates. */
final class XlsxTableSheet {

    /** Tables with more columns are printed in landscape. */
    private static final int PORTRAIT_COLUMNS = 5;

    private XlsxTableSheet() {
    }

    static void write(XSSFSheet sheet, Table table, XlsxStyles styles, Formats formats) {
        List<Column> columns = table.columns();
        XlsxCells.header(sheet.createRow(0), columns.stream().map(Column::label).toList(),
                columns.stream().map(Column::type).toList(), styles);
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                XlsxCells.write(row, c, cells.get(c), columns.get(c).type(), styles, formats);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int index = c;
            XlsxCells.sizeColumn(sheet, c, column.label(), table.rows().stream()
                    .map(row -> formats.cell(row.get(index), column.type())).toList());
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1)); // the header on every printed page
        XlsxCells.printOnPageWidth(sheet, columns.size() > PORTRAIT_COLUMNS);
    }
}
