package be.koers.support.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Every CSV download of Koers, written row by row to a stream, for spreadsheets and scripts alike: UTF-8 with a BOM,
 * numbers without grouping, other values (dates, instants) as their ISO text. Where a comma is the decimal separator,
 * as in Dutch, values are separated by ';' and decimals written with a comma, as Excel on such a Windows expects;
 * otherwise by ','. Text starting with = + - @, a tab or a carriage return gets a leading apostrophe, so that what a
 * user typed never runs as a formula when the file is opened (CSV injection); numbers are never changed (-5 stays -5).
 */
public final class CsvWriter implements Closeable {

    /** Without it, Excel reads UTF-8 as the Windows code page and garbles accents and €. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    // strict: otherwise values are quoted that need no quotes, such as "0,25" in a file separated by ';'
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    private final SequenceWriter rows;
    private final boolean decimalComma;

    private CsvWriter(SequenceWriter rows, boolean decimalComma) {
        this.rows = rows;
        this.decimalComma = decimalComma;
    }

    /** Writes the BOM; closing the writer closes {@code out}. */
    public static CsvWriter open(OutputStream out, Locale locale) throws IOException {
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(decimalComma ? ';' : ',')
                .withLineSeparator("\r\n");
        out.write(UTF8_BOM);
        // rows go out as Jackson's buffer fills, not one flush per row: an export can have many thousands
        return new CsvWriter(MAPPER.writer(schema).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValues(out),
                decimalComma);
    }

    /** @param cells text, numbers, other values shown as their {@code toString()}, null for an empty cell */
    public void row(List<?> cells) throws IOException {
        String[] values = new String[cells.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = value(cells.get(c));
        }
        rows.write(values);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private String value(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            String plain = plain(number);
            return decimalComma ? plain.replace('.', ',') : plain;
        }
        return defused(cell.toString());
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

    private static String defused(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
