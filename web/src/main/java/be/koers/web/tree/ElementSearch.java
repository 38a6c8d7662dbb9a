package be.koers.web.tree;

import be.koers.web.plan.Element;
import be.koers.web.services.KoersServices;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query-service's element search ({@code GET /api/plans/{planId}/elements}) by department, policy field and
 * status, in the working view, every page of it; the title's words are matched here.
 */
@Component
class ElementSearch {

    /** The query-service's largest page. */
    private static final int PAGE = 1000;

    private final KoersServices services;

    ElementSearch(KoersServices services) {
        this.services = services;
    }

    record Page(long total, int page, int size, List<Element> elements) {
    }

    List<Element> find(String planId, Filters filters) {
        List<Element> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> values = new HashMap<>();
            values.put("planId", planId);
            values.put("page", page);
            Page answer = services.query().get().uri(builder -> {
                builder.path("/api/plans/{planId}/elements").queryParam("view", "draft")
                        .queryParam("page", "{page}").queryParam("size", PAGE);
                // as URI variables, so that every character of a value is encoded (a policy field "R&D")
                addIfGiven(builder, values, "department", filters.department());
                addIfGiven(builder, values, "policyField", filters.policyField());
                addIfGiven(builder, values, "status", filters.status());
                return builder.build(values);
            }).retrieve().body(Page.class);
            answer.elements().stream().filter(element -> filters.matchesWords(element.title())).forEach(found::add);
            if ((long) (page + 1) * PAGE >= answer.total()) {
                return found;
            }
        }
    }

    private static void addIfGiven(UriBuilder builder, Map<String, Object> values, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }
}
