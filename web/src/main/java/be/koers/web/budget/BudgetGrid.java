package be.koers.web.budget;

import be.koers.web.input.DecimalInput;
import be.koers.web.input.FormInput;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An element's budget grid as typed: a field per year of the legislature and figure ({@code 2027.staffFte}), the
 * amounts in the reader's notation, and the reason that revising a year's estimate needs.
 */
record BudgetGrid(List<Integer> years, Map<String, String> cells, String reason) {

    private static final Pattern FIGURE = Pattern.compile("^figures\\.(\\w+)");

    BudgetGrid {
        years = List.copyOf(years);
        cells = Map.copyOf(cells);
    }

    static String cell(int year, String figure) {
        return year + "." + figure;
    }

    /**
     * The element's estimates as they are, written the reader's way; empty cells where a year has none and for
     * zero, which an empty cell means too (so the figures that were given stand out).
     */
    static BudgetGrid of(List<Integer> years, ElementBudget budget, DecimalInput decimals) {
        Map<String, String> cells = new HashMap<>();
        for (int year : years) {
            budget.estimate(year).ifPresent(figures -> figures.given().forEach(name ->
                    cells.put(cell(year, name), decimals.exact(figures.get(name)))));
        }
        return new BudgetGrid(years, cells, "");
    }

    static BudgetGrid from(List<Integer> years, MultiValueMap<String, String> sent) {
        Map<String, String> cells = new HashMap<>();
        for (int year : years) {
            Figures.NAMES.forEach(name -> {
                String typed = sent.getFirst(cell(year, name));
                cells.put(cell(year, name), typed == null ? "" : typed);
            });
        }
        String reason = sent.getFirst("reason");
        return new BudgetGrid(years, cells, reason == null ? "" : reason);
    }

    static List<Integer> yearsOf(int firstYear, int lastYear) {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public String typed(int year, String figure) {
        return cells.getOrDefault(cell(year, figure), "");
    }

    /** The figures typed for each year, read in the reader's notation; a year left empty has none. */
    Map<Integer, Figures> figures(FormInput input) {
        Map<Integer, Figures> figures = new LinkedHashMap<>();
        for (int year : years) {
            Map<String, BigDecimal> amounts = new HashMap<>();
            Figures.NAMES.forEach(name -> amounts.put(name, input.decimal(cell(year, name), typed(year, name))));
            figures.put(year, Figures.of(amounts));
        }
        return figures;
    }

    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("reason"));
        years.forEach(year -> Figures.NAMES.forEach(name -> fields.add(cell(year, name))));
        return fields;
    }

    /** A refusal of one year's estimate names {@code figures.staffFte} (or {@code .amount} under it): the year's cell. */
    static UnaryOperator<String> formField(int year) {
        return field -> {
            Matcher figure = FIGURE.matcher(field);
            return figure.find() ? cell(year, figure.group(1)) : field;
        };
    }
}
