package be.koers.web.services;

import java.util.List;

/**
 * A service's refusal as it answers it ({@code application/problem+json}): the field and rule it broke, or several
 * under {@code errors}, and the service's own explanation in English ({@code detail}, {@code message}).
 */
public record Problem(String type, String title, int status, String detail, String field, String rule,
                      List<Violation> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public record Violation(String field, String rule, String message) {
    }

    /** Every broken rule: those under {@code errors}, or else the one the problem names itself. */
    public List<Violation> violations() {
        return errors.isEmpty() ? List.of(new Violation(field, rule, detail)) : errors;
    }

    public boolean isAbout(String rule) {
        return violations().stream().anyMatch(violation -> rule.equals(violation.rule()));
    }
}
