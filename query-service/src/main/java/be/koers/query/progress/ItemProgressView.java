package be.koers.query.progress;

import java.util.List;

/**
 * An item's progress: as it stands ({@code current}, absent before the first report) and every report, oldest first.
 */
public record ItemProgressView(String elementId, Progress current, List<ProgressReport> history) {
}
