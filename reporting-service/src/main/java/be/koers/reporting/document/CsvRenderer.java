package be.koers.reporting.document;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Table} as CSV for spreadsheets and scripts: column keys as header, numbers without grouping, dates
 * as ISO dates, percentages as the fractions they are (0.25). Where a comma is the decimal separator, as in Dutch,
 * values are separated by ';' and decimals written with a comma, as Excel on such a Windows expects.
 */
@Component
public class CsvRenderer {

    /** Without it, Excel reads UTF-8 as the Windows code page and garbles accents and €. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // strict: otherwise values are quoted that need no quotes, such as "0,25" in a file separated by ';'
    private final CsvMapper mapper = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    public byte[] render(Table table, Locale locale) {
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(decimalComma ? ';' : ',')
                .withLineSeparator("\r\n");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(UTF8_BOM);
        try (SequenceWriter rows = mapper.writer(schema).writeValues(csv)) {
            rows.write(table.columns().stream().map(Column::key).toArray(String[]::new));
            for (List<Object> row : table.rows()) {
                String[] values = new String[row.size()];
                for (int c = 0; c < row.size(); c++) {
                    values[c] = value(row.get(c), decimalComma);
                }
                rows.write(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toByteArray();
    }

    private static String value(Object cell, boolean decimalComma) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String text) {
            return defused(text);
        }
        if (cell instanceof Number number) {
            String plain = plain(number);
            return decimalComma ? plain.replace('.', ',') : plain;
        }
        return cell.toString(); // a LocalDate, as an ISO date
    }

    private static String plain(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue()).toPlainString();
        }
        return number.toString();
    }

    // Text typed by users must not run as a formula when the file is opened in a spreadsheet (CSV injection)
    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
