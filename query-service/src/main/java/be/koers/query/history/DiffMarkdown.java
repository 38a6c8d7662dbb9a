package be.koers.query.history;

import be.koers.query.plan.ElementNames;
import be.koers.query.plan.ElementRef;
import be.koers.query.plan.FieldChange;
import be.koers.query.plan.PlanRow;

import java.util.List;
import java.util.function.Function;

import static be.koers.query.plan.FieldChange.quoted;

/**
 * A diff as a Markdown report in English for the council: headings Added, Removed, Moved, Changed and Statements,
 * one line per change ("Enough green space: title 'Enough green' → 'Enough green space'").
 */
final class DiffMarkdown {

    private static final String NONE = "- none";

    private DiffMarkdown() {
    }

    static String render(PlanRow plan, PlanDiff diff) {
        StringBuilder report = new StringBuilder()
                .append("# Changes to ").append(quoted(plan.title())).append("\n\n")
                .append("From ").append(moment(diff.from())).append(" to ").append(moment(diff.to())).append(".\n");
        section(report, "Added", diff.added(), added -> ElementNames.named(added.level(), added.title()));
        section(report, "Removed", diff.removed(), removed -> ElementNames.named(removed.level(), removed.title())
                + (removed.retired() ? " retired" + (removed.retiredReason() == null ? "" : ": " + removed.retiredReason())
                : " no longer in the plan"));
        section(report, "Moved", diff.moved(), moved -> ElementNames.named(moved.level(), moved.title()) + " moved from "
                + parent(moved.fromParent()) + " to " + parent(moved.toParent()));
        section(report, "Changed", diff.changed().stream()
                .flatMap(element -> element.fields().stream().map(field -> element.title() + ": " + field.phrase()))
                .toList(), Function.identity());
        section(report, "Statements", diff.statements(), FieldChange::phrase);
        return report.toString();
    }

    private static <T> void section(StringBuilder report, String heading, List<T> items, Function<T, String> line) {
        report.append("\n## ").append(heading).append("\n\n");
        if (items.isEmpty()) {
            report.append(NONE).append('\n');
        }
        items.forEach(item -> report.append("- ").append(line.apply(item)).append('\n'));
    }

    private static String moment(PointInHistory moment) {
        if (moment.ofEdition()) {
            return "edition " + moment.edition() + " (decided on " + moment.decisionDate() + ", "
                    + moment.decisionReference() + ", adopted " + moment.instant() + ")";
        }
        return moment.instant() + (moment.edition() == null ? "" : " (edition " + moment.edition() + " in force)");
    }

    private static String parent(ElementRef parent) {
        return parent == null ? "the top of the plan" : quoted(parent.title());
    }
}
