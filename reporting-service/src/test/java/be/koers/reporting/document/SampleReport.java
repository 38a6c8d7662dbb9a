package be.koers.reporting.document;

import be.koers.reporting.document.KeyValues.KeyValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Dutch follow-up report as a council would get it: accents, euro amounts, a table of several pages, charts. */
final class SampleReport {

    static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    static final String TITLE = "Opvolgingsrapport meerjarenplan 2026–2031";
    static final String ACCENTED_CELL = "Renovatie façade en coördinatie café-terrassen";
    static final String AWKWARD_CELL = "Fietspaden \"veilig\"; gescheiden, in km";
    static final int ACTION_COUNT = 120;

    private SampleReport() {
    }

    static ReportDocument dutch() {
        return in(DUTCH);
    }

    static ReportDocument in(Locale locale) {
        return new ReportDocument(TITLE, "Stand van zaken voor de gemeenteraad van 18 december 2026",
                "Gemeente Koersbeke", locale, Instant.parse("2026-12-03T13:03:00Z"), List.of(
                Section.chapter("Financiële opvolging",
                        new Paragraph("De uitgaven van de ecologische en ruimtelijke pijler liggen op schema.\n"
                                + "Het Bloemekespark loopt één kwartaal vertraging op door een naïeve raming "
                                + "van de grondwerken."),
                        KeyValues.of(new KeyValue("Beoogd resultaat", "40 ha bijkomend groen tegen 2031"),
                                new KeyValue("Politiek verantwoordelijke", "Schepen van Leefmilieu")),
                        goalBudget(),
                        budgetChart()),
                Section.chapter("Acties",
                        new Paragraph("Alle acties van het meerjarenplan met hun looptijd, voortgang en budget."),
                        actions(),
                        progressChart()),
                Section.part("Indicatoren",
                        indicators())));
    }

    static Table goalBudget() {
        return new Table("goal-budget", "Budget per doelstelling", List.of(
                new Column("goal", "Doelstelling", ColumnType.TEXT),
                new Column("budget", "Budget", ColumnType.EURO),
                new Column("spent", "Uitgegeven", ColumnType.EURO),
                new Column("share_spent", "Aandeel uitgegeven", ColumnType.PERCENT)), List.of(
                row(ACCENTED_CELL, euro("1234.56"), euro("308.64"), new BigDecimal("0.25")),
                row("Voldoende groen in elke wijk", euro("2450000.00"), euro("1837500.00"), new BigDecimal("0.75")),
                row("Veilige schoolroutes", euro("830000.00"), euro("207500.00"), new BigDecimal("0.25")),
                row("Betaalbaar wonen", euro("5120000.00"), euro("1024000.00"), new BigDecimal("0.20")),
                row("Digitale dienstverlening", euro("615000.00"), null, null)));
    }

    private static Chart budgetChart() {
        return new Chart("budget-per-goal", "Budget en uitgaven per doelstelling", ChartKind.BAR, "Bedrag",
                ColumnType.EURO,
                List.of("Façade en café-terrassen", "Voldoende groen in elke wijk", "Veilige schoolroutes",
                        "Betaalbaar wonen", "Digitale dienstverlening"),
                List.of(new Series("Budget", List.of(1234.56, 2_450_000, 830_000, 5_120_000, 615_000)),
                        new Series("Uitgegeven", numbers(308.64, 1_837_500, 207_500, 1_024_000, null))));
    }

    private static Table actions() {
        String[] departments = {"Groendienst", "Mobiliteit", "Wonen", "Digitale stad", "Burgerzaken"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ACTION_COUNT; i++) {
            LocalDate start = LocalDate.of(2026, 1 + i % 12, 1);
            rows.add(row(i, "Actie " + i + ": " + (i % 7 == 0 ? "herinrichting van de Sint-Pietersplein-omgeving" : "uitvoering"),
                    departments[i % departments.length], start, start.plusMonths(6 + i % 30),
                    new BigDecimal(i % 11).divide(BigDecimal.TEN), euro(String.valueOf(10_000 + i * 1_250L))));
        }
        return new Table("actions", "Acties van het meerjarenplan", List.of(
                new Column("number", "Nr.", ColumnType.INTEGER),
                new Column("title", "Actie", ColumnType.TEXT),
                new Column("department", "Dienst", ColumnType.TEXT),
                new Column("start", "Start", ColumnType.DATE),
                new Column("end", "Einde", ColumnType.DATE),
                new Column("progress", "Voortgang", ColumnType.PERCENT),
                new Column("budget", "Budget", ColumnType.EURO)), rows);
    }

    private static Chart progressChart() {
        return new Chart("progress-per-domain", "Voortgang van de acties per beleidsdomein", ChartKind.STACKED_BAR,
                "Aantal acties", ColumnType.INTEGER,
                List.of("Groen", "Mobiliteit", "Wonen", "Digitale stad", "Burgerzaken"),
                List.of(new Series("Afgerond", List.of(8, 5, 3, 6, 2)),
                        new Series("Lopend", List.of(10, 12, 9, 7, 4)),
                        new Series("Niet gestart", List.of(6, 7, 12, 11, 18))));
    }

    static Table indicators() {
        return new Table("indicators", "Indicatoren: nulmeting, streefwaarde en meting", List.of(
                new Column("indicator", "Indicator", ColumnType.TEXT),
                new Column("baseline", "Nulmeting", ColumnType.DECIMAL),
                new Column("target", "Streefwaarde", ColumnType.DECIMAL),
                new Column("measured", "Meting", ColumnType.DECIMAL),
                new Column("measured_on", "Gemeten op", ColumnType.DATE)), List.of(
                row("Groen per inwoner (m²)", new BigDecimal("12.5"), new BigDecimal("15"), new BigDecimal("13.25"),
                        LocalDate.of(2026, 10, 1)),
                row(AWKWARD_CELL, new BigDecimal("41.2"), new BigDecimal("60"), new BigDecimal("1234.5"),
                        LocalDate.of(2026, 9, 30)),
                row("Tevredenheid over het loket", new BigDecimal("7.1"), new BigDecimal("8"), null, null)));
    }

    private static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static List<Number> numbers(Number... values) {
        return Arrays.asList(values);
    }
}
