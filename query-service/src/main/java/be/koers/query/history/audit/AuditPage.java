package be.koers.query.history.audit;

import java.util.List;

/** One page of a plan's audit lines, newest first; {@code total} counts every line the filter matches. */
public record AuditPage(long total, int page, int size, List<AuditLineView> lines) {
}
