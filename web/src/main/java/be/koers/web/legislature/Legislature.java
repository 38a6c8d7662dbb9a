package be.koers.web.legislature;

/** A legislature as the query-service answers it, with its plan once drafted ({@code planId} null before). */
public record Legislature(String legislatureId, String name, int firstYear, int lastYear, String planId) {
}
