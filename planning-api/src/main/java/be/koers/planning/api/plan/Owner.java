package be.koers.planning.api.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Every activity and action has exactly one owning department and one responsible political owner (alderman or minister). */
public record Owner(
        @NotBlank @Size(max = 200) String department,
        @NotBlank @Size(max = 200) String politicalOwner) {
}
