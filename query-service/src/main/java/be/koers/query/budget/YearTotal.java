package be.koers.query.budget;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The whole plan's budget for one year: the roll-up of its root elements. */
public record YearTotal(int year, @JsonUnwrapped EstimateAndActual total) {
}
