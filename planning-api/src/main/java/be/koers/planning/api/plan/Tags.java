package be.koers.planning.api.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The classification of a goal or item: policy field (werkveld), target group (doelgroep), sub-area (deelgebied)
 * and the Agenda 2030 sustainable development goals it contributes to (1-17).
 */
public record Tags(
        SortedSet<@NotBlank String> policyFields,
        SortedSet<@NotBlank String> targetGroups,
        SortedSet<@NotBlank String> subAreas,
        SortedSet<@NotNull @Min(value = 1, message = "SDG must be between 1 and 17") @Max(value = 17, message = "SDG must be between 1 and 17") Integer> sdgs) {

    public static final Tags NONE = new Tags(null, null, null, null);

    public Tags {
        policyFields = sorted(policyFields);
        targetGroups = sorted(targetGroups);
        subAreas = sorted(subAreas);
        sdgs = sorted(sdgs);
    }

    private static <T extends Comparable<T>> SortedSet<T> sorted(Collection<T> values) {
        TreeSet<T> copy = new TreeSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null).forEach(copy::add);
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
