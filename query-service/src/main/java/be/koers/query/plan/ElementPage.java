package be.koers.query.plan;

import java.util.List;

/** One page of search results; {@code total} counts every match. */
public record ElementPage(long total, int page, int size, List<ElementNode> elements) {
}
