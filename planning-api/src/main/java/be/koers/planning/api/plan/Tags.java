package be.koers.planning.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The classification of a goal or item: policy field (werkveld), target group (doelgroep), sub-area (deelgebied)
 * and the Agenda 2030 sustainable development goals it contributes to (1-17).
 */
public record Tags(
        SortedSet<@NotBlank @Size(max = Tags.MAX_LENGTH) String> policyFields,
        SortedSet<@NotBlank @Size(max = Tags.MAX_LENGTH) String> targetGroups,
        SortedSet<@NotBlank @Size(max = Tags.MAX_LENGTH) String> subAreas,
        SortedSet<@NotNull @Min(value = 1, message = "SDG must be between 1 and 17") @Max(value = 17, message = "SDG must be between 1 and 17") Integer> sdgs) {

    public static final Tags NONE = new Tags(null, null, null, null);

    /** Tags of one element, all kinds together: enough for any real classification, few enough for a report cell. */
    public static final int MAX_COUNT = 50;
    public static final int MAX_LENGTH = 100;

    public Tags {
        policyFields = sorted(policyFields);
        targetGroups = sorted(targetGroups);
        subAreas = sorted(subAreas);
        sdgs = sorted(sdgs);
    }

    /** How many tags the element has, of all kinds; checked at the input, not part of the JSON. */
    @JsonIgnore
    @Max(value = MAX_COUNT, message = "an element has at most 50 tags of all kinds together")
    public int getCount() {
        return policyFields.size() + targetGroups.size() + subAreas.size() + sdgs.size();
    }

    private static <T extends Comparable<T>> SortedSet<T> sorted(Collection<T> values) {
        TreeSet<T> copy = new TreeSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null).forEach(copy::add);
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
