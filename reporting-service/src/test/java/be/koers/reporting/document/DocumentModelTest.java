package be.koers.reporting.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentModelTest {

    private static final List<Column> COLUMNS = List.of(new Column("goal", "Doelstelling", ColumnType.TEXT),
            new Column("budget", "Budget", ColumnType.EURO), new Column("start", "Start", ColumnType.DATE));

    @Test
    void rejectsARowWithMoreOrFewerCellsThanColumns() {
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS, List.of(List.of("Groen", BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 0 of table t has 2 cells for 3 columns");
    }

    @Test
    void rejectsCellsTheirColumnCannotShow() {
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS, List.of(List.of("Groen", "1.234,56", LocalDate.MIN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EURO column budget");
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS, List.of(List.of("Groen", 1, "2026-01-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATE column start");
    }

    @Test
    void takesFiguresInNumberColumnsOnlyAndOnlyOfANumberType() {
        Table table = new Table("t", "T", COLUMNS, List.of(List.of("Groen", new Figure(new BigDecimal("12.5"), ColumnType.FTE),
                LocalDate.of(2026, 1, 1))));
        assertThat(table.rows().get(0).get(1)).isEqualTo(new Figure(new BigDecimal("12.5"), ColumnType.FTE));
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS, List.of(List.of(new Figure(1, ColumnType.EURO), 1,
                LocalDate.of(2026, 1, 1))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEXT column");
        assertThatThrownBy(() -> new Figure(1, ColumnType.DATE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsEmptyCellsAndKeepsItsOwnCopyOfTheRows() {
        List<Object> row = new ArrayList<>(Arrays.asList("Groen", null, null));
        List<List<Object>> rows = new ArrayList<>(List.of(row));

        Table table = new Table("goal-budget", "Budget", COLUMNS, rows);
        row.set(0, "Changed");
        rows.clear();

        assertThat(table.rows()).containsExactly(Arrays.asList("Groen", null, null));
        assertThatThrownBy(() -> table.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void wantsIdsThatAreSafeInFileNames() {
        assertThatThrownBy(() -> new Table("../budget", "T", COLUMNS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart("budget per goal", "T", ChartKind.BAR, null, List.of(), List.of(
                new Series("s", List.of())))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wantsAValuePerCategoryInEverySeries() {
        assertThatThrownBy(() -> new Chart("c", "C", ChartKind.BAR, null, List.of("2026", "2027"),
                List.of(new Series("Budget", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Series Budget of chart c has 1 values for 2 categories");
    }

    @Test
    void wantsCategoriesAndSeriesNamedOnce() {
        assertThatThrownBy(() -> new Chart("c", "C", ChartKind.BAR, null, List.of("2026", "2026"),
                List.of(new Series("Budget", List.of(1, 2))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart("c", "C", ChartKind.BAR, null, List.of("2026"),
                List.of(new Series("Budget", List.of(1)), new Series("Budget", List.of(2)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wantsExactlyOneSeriesInAPieAndANumericValueType() {
        List<Series> two = List.of(new Series("a", List.of(1)), new Series("b", List.of(2)));
        assertThatThrownBy(() -> new Chart("c", "C", ChartKind.PIE, null, List.of("x"), two))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart("c", "C", ChartKind.BAR, null, ColumnType.DATE, List.of("x"), two))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wantsSectionsOfLevelOneOrTwo() {
        assertThatThrownBy(() -> new Section("Deel", 3, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheTablesAndChartsOfAllSections() {
        ReportDocument report = SampleReport.dutch();

        assertThat(report.tables()).extracting(Table::id).containsExactly("goal-budget", "actions", "indicators");
        assertThat(report.charts()).extracting(Chart::id).containsExactly("budget-per-goal", "progress-per-domain");
        assertThat(report.table("actions")).map(Table::title).contains("Acties van het meerjarenplan");
        assertThat(report.table("nothing")).isEmpty();
    }

    @Test
    void wantsTableIdsUniqueWithinADocument() {
        Table table = SampleReport.goalBudget();

        assertThatThrownBy(() -> new ReportDocument("R", null, "A", Locale.ENGLISH, Instant.EPOCH, List.of(
                Section.chapter("One", table), Section.part("Two", table))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two tables have the id goal-budget");
    }
}
