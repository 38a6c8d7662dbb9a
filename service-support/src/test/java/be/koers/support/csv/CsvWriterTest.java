package be.koers.support.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] csv = write(Locale.ENGLISH, List.of("Groen per inwoner (m²)", "€"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("Groen per inwoner (m²),€\r\n");
    }

    @Test
    void separatesWithSemicolonsAndDecimalCommasInDutchAndCommasAndPointsInEnglish() throws IOException {
        List<Object> row = Arrays.asList("Parken", new BigDecimal("1600000.30"), 12.5, 7, null, LocalDate.of(2026, 10, 1),
                Instant.parse("2026-01-05T09:19:00Z"));

        assertThat(lines(write(DUTCH, row))).containsExactly("Parken;1600000,30;12,5;7;;2026-10-01;2026-01-05T09:19:00Z");
        assertThat(lines(write(Locale.ENGLISH, row))).containsExactly("Parken,1600000.30,12.5,7,,2026-10-01,2026-01-05T09:19:00Z");
    }

    @Test
    void writesDoublesWithoutExponentOrGrouping() throws IOException {
        assertThat(lines(write(DUTCH, List.of(12_345_678.5, 1e10)))).containsExactly("12345678,5;10000000000");
    }

    @Test
    void neutralisesTextThatAFormulaCouldStartWith() throws IOException {
        List<Object> row = List.of("=cmd|' /C calc'!A0", "+31", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b", "");

        assertThat(read(write(Locale.ENGLISH, row), ',').get(0))
                .containsExactly("'=cmd|' /C calc'!A0", "'+31", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "");
    }

    @Test
    void leavesNegativeNumbersAlone() throws IOException {
        assertThat(lines(write(DUTCH, List.of(-5, new BigDecimal("-12.50"), -0.25)))).containsExactly("-5;-12,50;-0,25");
    }

    @Test
    void quotesSeparatorsQuotesAndNewlinesSoTheyReadBackUnchanged() throws IOException {
        List<Object> row = List.of("a;b", "c,d", "say \"hi\"", "two\nlines", "plain");

        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            char separator = locale == DUTCH ? ';' : ',';
            byte[] csv = write(locale, row, List.of("next", 1));

            List<String[]> rows = read(csv, separator);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsExactly("a;b", "c,d", "say \"hi\"", "two\nlines", "plain");
            assertThat(rows.get(1)).containsExactly("next", "1");
        }
        // only what needs quotes is quoted
        assertThat(lines(write(DUTCH, List.of("a;b", "c,d")))).containsExactly("\"a;b\";c,d");
    }

    @Test
    void writesRowsToTheStreamBeforeItIsClosed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.open(out, Locale.ENGLISH);
        String text = "x".repeat(1000);
        for (int i = 0; i < 100; i++) {
            csv.row(List.of(text));
        }

        // not held back until the end: an export of many thousand lines goes out as it is written
        assertThat(out.size()).isGreaterThan(50_000);
        csv.close();
        assertThat(out.size()).isEqualTo(3 + 100 * (1000 + 2));
    }

    @SafeVarargs
    private static byte[] write(Locale locale, List<?>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, locale)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
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
