package be.koers.web.tree;

import be.koers.planning.api.plan.ElementStatus;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/**
 * What the planner looks for in the tree: words of the title, a department, a policy field, active or retired
 * elements. Any of them turns the tree into a list of matches, each with its place in the tree.
 */
public record Filters(String words, String department, String policyField, ElementStatus status) {

    /** The filters' names in addresses: unlike the forms' fields, so that both can travel in one request. */
    static final String WORDS = "q", DEPARTMENT = "byDepartment", POLICY_FIELD = "byPolicyField", STATUS = "byStatus";

    public Filters {
        words = blankAsNull(words);
        department = blankAsNull(department);
        policyField = blankAsNull(policyField);
    }

    public boolean any() {
        return words != null || department != null || policyField != null || status != null;
    }

    /** Whether the query-service is to be asked (the words are matched here, in the titles it answers). */
    boolean asksTheService() {
        return department != null || policyField != null || status != null;
    }

    boolean matchesWords(String title) {
        return words == null || (title != null && title.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)));
    }

    /** The same filters on another address of the tree (a redirect after a change keeps them). */
    UriComponentsBuilder onto(UriComponentsBuilder address) {
        if (words != null) {
            address.queryParam(WORDS, words);
        }
        if (department != null) {
            address.queryParam(DEPARTMENT, department);
        }
        if (policyField != null) {
            address.queryParam(POLICY_FIELD, policyField);
        }
        if (status != null) {
            address.queryParam(STATUS, status);
        }
        return address;
    }

    /** The filters as the query of an address of the tree's forms ({@code ?byDepartment=…}), encoded; "" when none. */
    public String query() {
        return onto(UriComponentsBuilder.newInstance()).build().encode().toUriString();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
