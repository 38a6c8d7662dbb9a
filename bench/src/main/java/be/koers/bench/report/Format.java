package be.koers.bench.report;

import be.koers.bench.Timers;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;

/** How figures read in the report. */
public final class Format {

    private Format() {
    }

    public static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", perSecond, unit);
    }

    public static String ratio(double measured, double baseline) {
        double percent = 100 * measured / baseline;
        return String.format(Locale.ROOT, percent < 10 ? "%.1f%%" : "%.0f%%", percent);
    }

    public static String millis(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis) : String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    /** "53 min 31 s" */
    public static String minutes(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    public static String megabytes(double megabytes) {
        return String.format(Locale.ROOT, "%,.0f MB", megabytes);
    }

    /** p50 and p99 of a timer (and p95 when asked), with its count. */
    public static String latency(Timer timer, boolean withP95) {
        return "p50 " + millis(Timers.millisAt(timer, 0.5))
                + (withP95 ? " · p95 " + millis(Timers.millisAt(timer, 0.95)) : "")
                + " · p99 " + millis(Timers.millisAt(timer, 0.99)) + " (n=" + timer.count() + ")";
    }
}
