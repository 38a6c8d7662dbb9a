package be.koers.web.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** One choice of a select: the value sent and what the reader sees. */
public record Option(String value, String label) {

    /** What marks each level of depth in a tree's options: a select cannot indent. */
    private static final String INDENT = "— ";

    /**
     * A tree as the options of one select, parents before their children, each label indented by its depth so the
     * tree still shows; only the nodes {@code include} accepts (and their included descendants).
     */
    public static <N> List<Option> tree(List<N> roots, Function<N, List<N>> children, Function<N, String> value,
                                        Function<N, String> label, Predicate<N> include) {
        List<Option> options = new ArrayList<>();
        roots.forEach(root -> add(root, 0, children, value, label, include, options));
        return options;
    }

    private static <N> void add(N node, int depth, Function<N, List<N>> children, Function<N, String> value,
                                Function<N, String> label, Predicate<N> include, List<Option> options) {
        if (!include.test(node)) {
            return;
        }
        options.add(new Option(value.apply(node), INDENT.repeat(depth) + label.apply(node)));
        children.apply(node).forEach(child -> add(child, depth + 1, children, value, label, include, options));
    }
}
