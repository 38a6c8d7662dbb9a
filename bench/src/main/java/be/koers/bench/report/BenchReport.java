package be.koers.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of one run, as the Markdown table the README records.
 *
 * @param failure why the run stopped before its last figure, or null when it measured them all
 */
public record BenchReport(String size, Instant startedAt, Duration took, Machine machine, String dataSet, List<Figure> figures,
                          String failure) {

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("## Koers benchmark, size ").append(size).append(", ").append(startedAt).append('\n').append('\n');
        out.append("- Machine: ").append(machine).append('\n');
        out.append("- Data set: ").append(dataSet).append('\n');
        out.append("- Run took ").append(Format.minutes(took)).append('\n');
        if (failure != null) {
            out.append("- **Incomplete**, ").append(failure).append('\n');
        }
        out.append('\n');
        out.append("| # | Figure | Koers | Baseline (same run) | Ratio | Target | | Micrometer timers |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        // in the order, whatever order the phases measured them in
        for (Figure figure : figures.stream().sorted(Comparator.comparing(Figure::section)).toList()) {
            out.append("| ").append(String.join(" | ", figure.section(), figure.name(), figure.measured(), figure.baseline(),
                    figure.ratio(), figure.target(), figure.verdict().label(), figure.timers())).append(" |\n");
        }
        return out.toString();
    }

    public Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("bench-" + size + ".md");
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
