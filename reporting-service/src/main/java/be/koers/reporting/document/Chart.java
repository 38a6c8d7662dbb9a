package be.koers.reporting.document;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Numbers per category, drawn as a chart.
 *
 * @param id             stable and safe in a file name, such as {@code budget-per-goal}
 * @param valueAxisLabel may be null
 * @param valueType      how values are formatted on the axis: {@link ColumnType#EURO}, {@link ColumnType#PERCENT},
 *                       {@link ColumnType#INTEGER} or {@link ColumnType#DECIMAL}
 */
public record Chart(String id, String title, ChartKind kind, String valueAxisLabel, ColumnType valueType,
                    List<String> categories, List<Series> series) implements Block {

    public Chart {
        Ids.requireFileNameSafe(id, "chart");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (valueType == null || !valueType.numeric()) {
            throw new IllegalArgumentException("Chart " + id + " needs a numeric value type, not " + valueType);
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("Chart " + id + " has no series");
        }
        if (kind == ChartKind.PIE && series.size() != 1) {
            throw new IllegalArgumentException("Pie chart " + id + " has " + series.size() + " series instead of one");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " of chart " + id + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        // charting libraries key values by category and series name: a duplicate would silently overwrite
        requireUnique(categories, "category", id);
        requireUnique(series.stream().map(Series::name).toList(), "series", id);
    }

    private static void requireUnique(List<String> names, String kind, String id) {
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("Chart " + id + " names a " + kind + " twice: " + names);
        }
    }

    /** A chart of plain numbers. */
    public Chart(String id, String title, ChartKind kind, String valueAxisLabel, List<String> categories,
                 List<Series> series) {
        this(id, title, kind, valueAxisLabel, ColumnType.DECIMAL, categories, series);
    }
}
