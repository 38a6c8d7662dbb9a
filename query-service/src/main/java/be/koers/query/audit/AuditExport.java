package be.koers.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes audit lines as a download, one line at a time: a CSV file (UTF-8, a header row, the columns of
 * {@link AuditLineView}, {@code changes} as its JSON text) or a JSON array of the lines as the API shows them.
 */
@Component
class AuditExport {

    private final ObjectMapper json;
    private final CsvMapper csv;
    private final CsvSchema schema;

    AuditExport(ObjectMapper json) {
        this.json = json;
        this.csv = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(AuditLineView.class, ChangesAsText.class)
                .build();
        this.schema = csv.schemaFor(AuditLineView.class).withHeader();
    }

    /** Hands {@code write} a consumer of lines that it must call for every line, in order. */
    void write(ExportFormat format, OutputStream out, Consumer<Consumer<AuditLineView>> lines) throws IOException {
        try (SequenceWriter writer = format == ExportFormat.CSV
                ? csv.writer(schema).writeValues(out)
                : json.writerFor(AuditLineView.class).writeValuesAsArray(out)) {
            lines.accept(line -> {
                try {
                    writer.write(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** In a CSV cell the changes are text, quoted like any other, not raw JSON. */
    abstract static class ChangesAsText {

        @JsonRawValue(false)
        abstract String changes();
    }
}
