package be.koers.query.history.audit;

import java.util.List;

/** Every audit line of one element, oldest first: its whole life, progress and budgets included. */
public record ElementHistory(String elementId, List<AuditLineView> lines) {
}
