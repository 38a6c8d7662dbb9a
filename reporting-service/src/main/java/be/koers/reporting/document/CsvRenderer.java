package be.koers.reporting.document;

import be.koers.support.csv.CsvWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Table} as CSV, as every download of Koers is written ({@link CsvWriter}): column keys as header,
 * percentages as the fractions they are (0.25), amounts and FTE as plain numbers.
 */
@Component
public class CsvRenderer {

    public byte[] render(Table table, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(bytes, locale)) {
            csv.row(table.columns().stream().map(Column::key).toList());
            for (List<Object> row : table.rows()) {
                csv.row(row.stream().map(Figure::valueOf).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
