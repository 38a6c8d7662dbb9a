package be.koers.reporting.document;

import org.springframework.http.MediaType;

/** The formats a report can be delivered in, with what an HTTP response needs to serve one. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    private final MediaType mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Without the dot: "pdf". */
    public String extension() {
        return extension;
    }

    /** @param baseName a table id, for instance, which is safe in file names */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }
}
