package be.koers.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Logs what the projection did, every 1000 records or every 10 seconds while records arrive, so a replay shows its
 * pace in the log without a line per event.
 */
@Component
class ProgressLog {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final int EVENTS_PER_LINE = 1000;

    private final Map<Outcome, Long> sinceLastLine = new EnumMap<>(Outcome.class);
    private long total;
    private long lastLineNanos = System.nanoTime();

    synchronized void record(Outcome outcome) {
        if (sinceLastLine.isEmpty()) {
            // the first record after a quiet spell: measure the rate from here, not from the last line
            lastLineNanos = System.nanoTime();
        }
        sinceLastLine.merge(outcome, 1L, Long::sum);
        total++;
        if (count() >= EVENTS_PER_LINE) {
            writeLine();
        }
    }

    @Scheduled(fixedRate = 10_000)
    synchronized void everyTenSeconds() {
        if (count() > 0) {
            writeLine();
        }
    }

    private long count() {
        return sinceLastLine.values().stream().mapToLong(Long::longValue).sum();
    }

    private void writeLine() {
        long now = System.nanoTime();
        double seconds = Math.max((now - lastLineNanos) / 1e9, 0.001);
        String outcomes = sinceLastLine.entrySet().stream()
                .map(e -> e.getKey().tag() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        log.info("Projected {} records in {} s ({}/s): {}; {} since start",
                count(), String.format("%.1f", seconds), Math.round(count() / seconds), outcomes, total);
        sinceLastLine.clear();
        lastLineNanos = now;
    }
}
