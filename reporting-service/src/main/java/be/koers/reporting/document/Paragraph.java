package be.koers.reporting.document;

import java.util.Objects;

/** Running text; line breaks in it are kept. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
