package be.koers.query.budget;

/**
 * One year of an element's budget: its own lines ({@code own}, estimate or actual absent when not recorded) and
 * its own plus those of all its active descendants ({@code rolledUp}, zero where nothing was recorded).
 */
public record YearBudget(int year, EstimateAndActual own, EstimateAndActual rolledUp) {
}
