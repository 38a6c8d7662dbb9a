package be.koers.query.history.audit;

import be.koers.query.problem.QueryRefusal;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats the audit trail downloads in. */
enum ExportFormat {
    CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"),
    JSON(MediaType.APPLICATION_JSON, "json");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat parse(String format) {
        try {
            return valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryRefusal.malformed("format", format, "csv or json");
        }
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }
}
