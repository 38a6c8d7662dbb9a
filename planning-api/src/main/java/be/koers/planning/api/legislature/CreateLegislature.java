package be.koers.planning.api.legislature;

import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateLegislature(
        @NotNull TenantId tenant,
        @NotNull @TargetAggregateIdentifier LegislatureId legislatureId,
        @NotBlank @Size(max = 100) String name,
        @Min(1900) @Max(2200) int firstYear,
        @Min(1900) @Max(2200) int lastYear) {

    @JsonIgnore
    @AssertTrue(message = "lastYear must not be before firstYear and a legislature lasts at most 10 years")
    public boolean isTermValid() {
        return lastYear >= firstYear && lastYear - firstYear < 10;
    }
}
