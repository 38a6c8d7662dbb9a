package be.koers.web.budget;

import be.koers.planning.api.plan.Level;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One element's budget as the query-service answers it ({@code GET /api/plans/{planId}/elements/{id}/budget}): its
 * own lines per year and how they came about: estimates, revisions with their reason, actuals.
 */
public record ElementBudget(String elementId, Level level, String title, String status, List<Line> lines,
                            List<Change> history) {

    public ElementBudget {
        lines = lines == null ? List.of() : List.copyOf(lines);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public record Line(int year, Recorded estimate, Recorded actual) {
    }

    public record Recorded(Figures figures, Instant recordedAt, String recordedBy) {
    }

    /** {@code kind}: ESTIMATED, REVISED or ACTUALS. */
    public record Change(int year, String kind, Figures figures, String reason, Instant recordedAt, String recordedBy) {
    }

    /** The current estimate per year, for the years that have one. */
    public Map<Integer, Figures> estimates() {
        return byYear(Line::estimate);
    }

    public Map<Integer, Figures> actuals() {
        return byYear(Line::actual);
    }

    public boolean hasActuals() {
        return lines.stream().anyMatch(line -> line.actual() != null);
    }

    private Map<Integer, Figures> byYear(Function<Line, Recorded> recorded) {
        Map<Integer, Figures> byYear = new HashMap<>();
        lines.stream().filter(line -> recorded.apply(line) != null).forEach(line -> byYear.put(line.year(), recorded.apply(line).figures()));
        return byYear;
    }

    /** The year's current estimate, if one was made. */
    public Optional<Figures> estimate(int year) {
        return line(year).map(Line::estimate).map(Recorded::figures);
    }

    private Optional<Line> line(int year) {
        return lines.stream().filter(line -> line.year() == year).findFirst();
    }
}
