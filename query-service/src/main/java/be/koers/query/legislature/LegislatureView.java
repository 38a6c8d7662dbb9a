package be.koers.query.legislature;

/** A legislature (term of office) and the plan that belongs to it, if any yet. */
public record LegislatureView(String legislatureId, String name, int firstYear, int lastYear, String planId) {
}
