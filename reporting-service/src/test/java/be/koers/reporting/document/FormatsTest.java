package be.koers.reporting.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats dutch = Formats.of(SampleReport.DUTCH);
    private final Formats english = Formats.of(Locale.ENGLISH);

    @Test
    void writesEurosTheBelgianWayInDutch() {
        assertThat(dutch.euro(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(dutch.euro(new BigDecimal("-1234.56"))).isEqualTo("€ -1.234,56");
        assertThat(dutch.euro(new BigDecimal("0.125"))).as("rounded half up").isEqualTo("€ 0,13");
        assertThat(dutch.percent(new BigDecimal("0.25"))).isEqualTo("25,0 %");
        assertThat(dutch.cell(1234567, ColumnType.INTEGER)).isEqualTo("1.234.567");
        assertThat(dutch.cell(new BigDecimal("1234.5"), ColumnType.DECIMAL)).isEqualTo("1.234,5");
    }

    @Test
    void writesEurosTheEnglishWayInEnglish() {
        assertThat(english.euro(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(english.euro(new BigDecimal("-1234.56"))).isEqualTo("-€1,234.56");
        assertThat(english.percent(0.25)).isEqualTo("25.0%");
        assertThat(english.cell(new BigDecimal("1234.5"), ColumnType.DECIMAL)).isEqualTo("1,234.5");
    }

    @Test
    void writesAFigureByItsOwnTypeWhateverItsColumn() {
        assertThat(dutch.cell(new Figure(new BigDecimal("1600000.3"), ColumnType.EURO), ColumnType.DECIMAL)).isEqualTo("€ 1.600.000,30");
        assertThat(english.cell(new Figure(new BigDecimal("1600000.3"), ColumnType.EURO), ColumnType.DECIMAL)).isEqualTo("€1,600,000.30");
        assertThat(dutch.cell(new Figure(new BigDecimal("12.50"), ColumnType.FTE), ColumnType.EURO)).isEqualTo("12,5");
        assertThat(dutch.cell(new Figure(new BigDecimal("15.00"), ColumnType.FTE), ColumnType.EURO)).isEqualTo("15");
        assertThat(english.cell(new Figure(new BigDecimal("1234.25"), ColumnType.FTE), ColumnType.EURO)).isEqualTo("1,234.25");
    }

    @Test
    void writesDatesAndTimesInTheLanguageAndInBrusselsTime() {
        assertThat(dutch.date(LocalDate.of(2026, 10, 1))).isEqualTo("1 okt. 2026");
        assertThat(english.date(LocalDate.of(2026, 10, 1))).isEqualTo("Oct 1, 2026");
        assertThat(dutch.dateTime(Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("1 juli 2026 12:00");
    }

    @Test
    void showsEmptyCellsAsNothingAndTextAsItIs() {
        assertThat(dutch.cell(null, ColumnType.EURO)).isEmpty();
        assertThat(dutch.cell("Één", ColumnType.TEXT)).isEqualTo("Één");
    }

    @Test
    void keepsChartAxesShort() {
        assertThat(dutch.axisFormat(ColumnType.EURO).format(2_500_000)).isEqualTo("€ 2.500.000");
        assertThat(english.axisFormat(ColumnType.PERCENT).format(0.5)).isEqualTo("50%");
    }
}
