package be.koers.reporting.document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A report as council members read it, independent of the format it is delivered in: the renderers turn it into PDF,
 * XLSX or CSV. Table and chart ids are unique within the document because they name files and sheets.
 *
 * @param subtitle       may be null
 * @param administration the city, municipality or entity the report is about, shown on the title block
 * @param locale         the language of the labels and of number, euro and date formatting
 */
public record ReportDocument(String title, String subtitle, String administration, Locale locale, Instant generatedAt,
                             List<Section> sections) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sections = List.copyOf(sections);
        requireUniqueIds(blocks(sections, Table.class).map(Table::id), "table");
        requireUniqueIds(blocks(sections, Chart.class).map(Chart::id), "chart");
    }

    /** Every table of the document, in reading order. */
    public List<Table> tables() {
        return blocks(sections, Table.class).toList();
    }

    public Optional<Table> table(String id) {
        return blocks(sections, Table.class).filter(table -> table.id().equals(id)).findFirst();
    }

    /** Every chart of the document, in reading order. */
    public List<Chart> charts() {
        return blocks(sections, Chart.class).toList();
    }

    // static: the compact constructor checks the sections before the field is assigned
    private static <B extends Block> Stream<B> blocks(List<Section> sections, Class<B> type) {
        return sections.stream().flatMap(section -> section.blocks().stream()).filter(type::isInstance).map(type::cast);
    }

    private static void requireUniqueIds(Stream<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        ids.filter(id -> !seen.add(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Two " + kind + "s have the id " + id);
        });
    }
}
