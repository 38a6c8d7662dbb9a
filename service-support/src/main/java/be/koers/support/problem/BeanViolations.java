package be.koers.support.problem;

import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation results into violations named after the request's fields and a kebab-case rule. */
public final class BeanViolations {

    private BeanViolations() {
    }

    public static List<Violation> toViolations(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> {
                    String field = fieldOf(v.getPropertyPath().toString());
                    String rule = ruleName(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
                    return new Violation(field, rule, field + " " + v.getMessage());
                })
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                .toList();
    }

    /** NotBlank → not-blank, AssertTrue → assert-true. */
    public static String ruleName(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Drops container element markers Bean Validation adds ({@code sdgs[].<iterable element>} → {@code sdgs[]}). */
    private static String fieldOf(String propertyPath) {
        return propertyPath.replace(".<iterable element>", "").replace(".<list element>", "")
                .replace("<iterable element>", "").replace("<list element>", "");
    }
}
