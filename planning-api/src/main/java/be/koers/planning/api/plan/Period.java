package be.koers.planning.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A span of days, both ends included: the run of an action, the realisation term of an action plan. */
public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {

    @JsonIgnore
    @AssertTrue(message = "end must not be before start")
    public boolean isEndNotBeforeStart() {
        return start == null || end == null || !end.isBefore(start);
    }

    public boolean within(int firstYear, int lastYear) {
        return start.getYear() >= firstYear && end.getYear() <= lastYear;
    }
}
