package be.koers.bench;

import be.koers.bench.report.BenchReport;
import be.koers.bench.report.Figure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small benchmark runs in every build: it must complete and measure every figure. Its figures are printed and
 * written to bench/target/bench-small.md, never asserted: timings on a shared CI machine are no verdict.
 */
class BenchSmallTest {

    @Test
    void theSmallBenchmarkCompletesAndMeasuresEveryFigure() throws Exception {
        Path directory = Path.of(System.getProperty("koers.bench.reportDirectory", "target"));
        BenchReport report = new Bench(BenchSize.SMALL, directory).run();
        System.out.println(report.markdown());
        report.write(directory);

        assertThat(report.figures()).extracting(Figure::section).contains("1", "2", "3", "4", "5", "6");
        assertThat(report.figures()).allSatisfy(figure -> assertThat(figure.measured()).matches(".*\\d.*"));
        assertThat(report.figures()).filteredOn(figure -> figure.section().equals("4")).hasSize(3);
        assertThat(report.figures()).filteredOn(figure -> figure.name().startsWith("Memory")).hasSize(3);
    }
}
