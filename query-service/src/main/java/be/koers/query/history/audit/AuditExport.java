package be.koers.query.history.audit;

import be.koers.support.csv.CsvWriter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes audit lines as a download, one line at a time: a CSV file (see {@link CsvWriter}: a header row, the columns
 * of {@link AuditLineView}, {@code changes} as its JSON text) or a JSON array of the lines as the API shows them.
 */
@Component
class AuditExport {

    private static final List<String> CSV_HEADER = List.of(AuditLineView.class.getAnnotation(JsonPropertyOrder.class).value());

    private final ObjectMapper json;

    AuditExport(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Hands {@code lines} a consumer that it must call for every line, in order.
     *
     * @param locale the CSV's separators (see {@link CsvWriter}); JSON is the same in every language
     */
    void write(ExportFormat format, Locale locale, OutputStream out, Consumer<Consumer<AuditLineView>> lines) throws IOException {
        if (format == ExportFormat.CSV) {
            try (CsvWriter csv = CsvWriter.open(out, locale)) {
                csv.row(CSV_HEADER);
                lines.accept(line -> unchecked(() -> csv.row(line.cells())));
            }
        } else {
            try (SequenceWriter array = json.writerFor(AuditLineView.class).writeValuesAsArray(out)) {
                lines.accept(line -> unchecked(() -> array.write(line)));
            }
        }
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
