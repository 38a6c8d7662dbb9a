package be.koers.support.problem;

/** One broken rule: the field it concerns (a JSON path into the request), the rule's name and a sentence for people. */
public record Violation(String field, String rule, String message) {
}
