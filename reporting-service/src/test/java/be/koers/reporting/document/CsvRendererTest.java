package be.koers.reporting.document;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRendererTest {

    private final CsvRenderer renderer = new CsvRenderer();

    @Test
    void writesDutchWithSemicolonsDecimalCommasAndAByteOrderMark() {
        byte[] csv = renderer.render(SampleReport.goalBudget(), SampleReport.DUTCH);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(lines(csv)).startsWith(
                "goal;budget;spent;share_spent",
                SampleReport.ACCENTED_CELL + ";1234.56;308.64;0.25".replace('.', ','),
                "Voldoende groen in elke wijk;2450000,00;1837500,00;0,75");
        assertThat(lines(csv)).contains("Digitale dienstverlening;615000,00;;");
    }

    @Test
    void writesEnglishWithCommasAndDecimalPoints() {
        assertThat(lines(renderer.render(SampleReport.goalBudget(), Locale.ENGLISH))).startsWith(
                "goal,budget,spent,share_spent",
                SampleReport.ACCENTED_CELL + ",1234.56,308.64,0.25",
                "Voldoende groen in elke wijk,2450000.00,1837500.00,0.75");
    }

    @Test
    void writesDatesAsIsoDates() {
        assertThat(lines(renderer.render(SampleReport.indicators(), SampleReport.DUTCH)))
                .contains("Groen per inwoner (m²);12,5;15;13,25;2026-10-01");
    }

    @Test
    void quotesValuesWithSeparatorsOrQuotesSoTheyReadBackUnchanged() throws IOException {
        for (Locale locale : List.of(SampleReport.DUTCH, Locale.ENGLISH)) {
            byte[] csv = renderer.render(SampleReport.indicators(), locale);
            char separator = locale == Locale.ENGLISH ? ',' : ';';

            List<String[]> rows = read(csv, separator);

            assertThat(rows.get(0)).containsExactly("indicator", "baseline", "target", "measured", "measured_on");
            assertThat(rows.get(2)[0]).isEqualTo(SampleReport.AWKWARD_CELL);
            assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(5));
        }
    }

    @Test
    void keepsTextThatLooksLikeAFormulaFromRunningInASpreadsheet() {
        Table table = new Table("t", "T", List.of(new Column("title", "Titel", ColumnType.TEXT),
                new Column("amount", "Bedrag", ColumnType.EURO)),
                List.of(List.of("=HYPERLINK(\"http://example.org\")", new BigDecimal("-12.50"))));

        assertThat(lines(renderer.render(table, Locale.ENGLISH)))
                .contains("\"'=HYPERLINK(\"\"http://example.org\"\")\",-12.50");
    }

    @Test
    void writesDoublesWithoutExponentOrGrouping() {
        Table table = new Table("t", "T", List.of(new Column("value", "Waarde", ColumnType.DECIMAL)),
                List.of(List.of(12_345_678.5), List.of(1e10), List.of(7)));

        assertThat(lines(renderer.render(table, SampleReport.DUTCH)))
                .containsExactly("value", "12345678,5", "10000000000", "7");
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().toList();
    }

    private static List<String[]> read(byte[] csv, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1); // the byte order mark
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            return rows.readAll();
        }
    }
}
